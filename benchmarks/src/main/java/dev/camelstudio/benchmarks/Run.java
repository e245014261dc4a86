package dev.camelstudio.benchmarks;

/**
 * One measured run of a client: messages per second, and the client's CPU µs and bytes allocated per message.
 *
 * @param perSecond messages delivered per second
 * @param cpuMicros the client's CPU time per message, in µs
 * @param bytes     the bytes the client allocated per message
 */
record Run(double perSecond, double cpuMicros, double bytes) {
}
