# syntax=docker/dockerfile:1

# Medvirk in a container: `docker build -t medvirk .` (or `docker compose up --build`, see docs/operations.md).
# BuildKit (the default builder in current Docker) is needed for the cache mounts below.

# ---- Stage 1: build the production jar ----------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build

# The whole checkout; .dockerignore keeps out target/, data/, .git/ and everything Vaadin generates.
COPY . .

# ~/.m2 (dependencies and the Maven the wrapper fetches) and ~/.vaadin (Node.js, should the frontend build want it)
# are cached between builds. Tests are not run here; run them with ./mvnw verify before building an image.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw \
    && ./mvnw -B -Pproduction -DskipTests package \
    && cp target/medvirk-*.jar /build/medvirk.jar

# ---- Stage 2: run it -----------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre

# A real, non-root user. Without MEDVIRK_DB_URL the app starts an embedded PostgreSQL, and PostgreSQL refuses to
# run as root (the library's `unshare -U` workaround is normally blocked inside containers). initdb also looks the
# user up in /etc/passwd, so run the image as this user, not as an arbitrary --user UID, when using the embedded
# database.
RUN groupadd --system --gid 10001 medvirk \
    && useradd --system --uid 10001 --gid medvirk --home-dir /var/lib/medvirk --no-create-home \
       --shell /usr/sbin/nologin medvirk \
    && mkdir -p /var/lib/medvirk \
    && chown medvirk:medvirk /var/lib/medvirk

WORKDIR /app
COPY --from=build /build/medvirk.jar /app/medvirk.jar
COPY --from=build /build/courses /app/courses

# Uploaded files, and the embedded database (under postgres/) when no external one is configured.
# The prod profile: no demo accounts, whichever database is used.
ENV MEDVIRK_DATA_DIR=/var/lib/medvirk \
    SPRING_PROFILES_ACTIVE=prod \
    MEDVIRK_COURSES_DIR=/app/courses \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/var/lib/medvirk"]

USER 10001:10001
EXPOSE 8080

# The JRE image has no curl; bash's /dev/tcp asks the readiness probe instead (public, see SecurityConfiguration).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -qF '\"UP\"' <&3"]

ENTRYPOINT ["java", "-jar", "/app/medvirk.jar"]
