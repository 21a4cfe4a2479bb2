# Builds the platform from source and runs it as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY migrations migrations
COPY content content
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home praxis
WORKDIR /app
COPY --from=build /src/target/praxis.jar /app/praxis.jar
COPY --from=build /src/target/praxis-agent.jar /app/praxis-agent.jar
COPY content /app/content
USER praxis
EXPOSE 8080
ENV PRAXIS_CONTENT_DIR=/app/content \
    PRAXIS_AGENT_JAR=/app/praxis-agent.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/praxis.jar"]
