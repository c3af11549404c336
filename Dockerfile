# Build: docker build -t myositis-guide .   (the docker-compose.yml does this for you)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app app
WORKDIR /app
COPY --from=build /src/target/myositis-guide-*.jar /app/app.jar
COPY content /app/content
USER app
EXPOSE 8080
ENV SITE_CONTENT_DIR=/app/content
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
