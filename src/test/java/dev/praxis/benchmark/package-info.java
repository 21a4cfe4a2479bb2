/**
 * Measurements, not tests: surefire leaves this package out, and each class runs on request
 * ({@code -Dtest=CohortReadCostBenchmark}, {@code scripts/read-cost.sh}) or, for the JMH micro-benchmarks
 * in {@code benchmark.jmh} (compiled only in the {@code jmh} profile), with {@code scripts/run-jmh.sh}. The results and the
 * machine they ran on are in {@code docs/benchmarks.md}.
 */
package dev.praxis.benchmark;
