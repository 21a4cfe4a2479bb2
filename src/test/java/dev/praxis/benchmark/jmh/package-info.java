/**
 * JMH micro-benchmarks of the pure cores: grading one answer ({@code GradingBenchmark}) and parsing one transcript
 * ({@code InventoryParseBenchmark}). They compile only in the Maven profile {@code jmh}, which brings JMH and its
 * annotation processor (the harness generator) to the test sources; {@code scripts/run-jmh.sh} turns it on and runs
 * them. Results: {@code docs/benchmarks.md}.
 */
package dev.praxis.benchmark.jmh;
