# Build: docker build -t myositis-guide .   (the docker-compose.yml does this for you)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The site runs as a non-root user that owns its working copy of the content (/app/clone) and,
# through docker-compose.yml's seed step, the shared content repository.
RUN useradd --system --uid 10001 --home /app app && mkdir -p /app/clone && chown app /app/clone
WORKDIR /app
COPY --from=build /src/target/myositis-guide-*.jar /app/app.jar
COPY --chown=app content /app/content
USER app
EXPOSE 8080
# Without SITE_CONTENT_REMOTE the site reads the content copied into the image (one instance).
ENV SITE_CONTENT_DIR=/app/content
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
