/**
 * Small helpers that the auth and connection layers share: making server-controlled text safe to log
 * ({@link dev.camelstudio.studio.support.ServerText}), explaining TLS failures with the option that fixes them
 * ({@link dev.camelstudio.studio.support.TlsFailures}), logging a failure that repeats without flooding the log
 * ({@link dev.camelstudio.studio.support.RepeatingFailureLog}), and where a secret may travel
 * ({@link dev.camelstudio.studio.support.SecretUrlPolicy}, {@link dev.camelstudio.studio.support.LoopbackHosts}),
 * and the option a misspelt name was meant to be ({@link dev.camelstudio.studio.support.NearestName}).
 */
package dev.camelstudio.studio.support;
