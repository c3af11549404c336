package org.myositisguide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} read as Compose reads it (no Docker engine here): two
 * instances behind one proxy on one published port, content in a shared git repository,
 * health-checked upstreams. The containers' commands were also run as local processes
 * (see docs/operations.md).
 */
class DeploymentFilesTests {

	@Test
	@SuppressWarnings("unchecked")
	void composeRunsTwoInstancesBehindOneProxyWithContentInGit() throws Exception {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsKeys("db", "content-seed", "app1", "app2", "proxy");
		for (String app : List.of("app1", "app2")) {
			Map<String, Object> service = services.get(app);
			assertThat(service).as(app + " publishes no port of its own").doesNotContainKey("ports");
			Map<String, Object> environment = (Map<String, Object>) service.get("environment");
			assertThat(environment).containsEntry("SITE_CONTENT_REMOTE", "/repo/content.git")
				.containsKeys("SITE_CONTENT_DIR", "SITE_BASE_URL", "SPRING_DATASOURCE_URL");
			assertThat((List<String>) service.get("volumes")).contains("content-repo:/repo");
			assertThat(service).containsKey("healthcheck");
		}
		assertThat((List<String>) services.get("proxy").get("ports")).containsExactly("${PORT:-8080}:80");
		assertThat((Map<String, Object>) services.get("proxy").get("depends_on")).containsKeys("app1", "app2");
		assertThat(((Map<String, Object>) compose.get("volumes"))).containsKeys("pgdata", "content-repo");
		assertThat(((Map<String, Object>) services.get("db")).get("image")).isEqualTo("postgres:17");
		String nginx = Files.readString(Path.of("deploy/nginx.conf"));
		assertThat(nginx).contains("server app1:8080", "server app2:8080", "X-Forwarded-Proto", "proxy_next_upstream");
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("USER app", "--uid 10001");
		assertThat(Files.readString(Path.of("deploy/seed-content.sh"))).contains("chown -R \"${APP_UID:-10001}\"");
	}

}
