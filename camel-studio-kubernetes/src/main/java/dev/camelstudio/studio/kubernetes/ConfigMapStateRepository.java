package dev.camelstudio.studio.kubernetes;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import dev.camelstudio.studio.StudioRefusedPositions;
import dev.camelstudio.studio.cluster.CompareAndSetPositions;
import dev.camelstudio.studio.delivery.SequencePosition;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Studio positions in a Kubernetes ConfigMap, shared by every replica of an application: the
 * {@code sequenceStateRepository} of the studio consumer when one replica at a time consumes an account and the one
 * that takes over must go on where the other stopped.
 * <p>
 * One ConfigMap ({@link #setConfigMapName configMapName}, in the client's namespace unless {@link #setNamespace
 * namespace} is set) holds every account's position, {@code yyyy-MM-dd:sequence}, under the consumer's key with its
 * {@code :} written as {@code .} (ConfigMap keys allow no colon): {@code studio.100000}. Writes are compare-and-set on
 * the ConfigMap's {@code resourceVersion}, and forward only: a position is written only over an earlier one, so that a
 * replica that was deposed while its last exchange ran cannot move an account back behind what the new leader
 * delivered since; such a write is refused, counted per key ({@link StudioRefusedPositions}) and logged.
 * <p>
 * Reading fails loudly when the API server cannot be reached (the consumer does not start, rather than replay the
 * whole day); a write that fails is logged (once, not per message) and thrown: the position stays at the last one
 * saved, and the consumer delivers nothing more until it can save again.
 */
public class ConfigMapStateRepository extends ServiceSupport
        implements StateRepository<String, String>, StudioRefusedPositions {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigMapStateRepository.class);
    /** HTTP 409: the ConfigMap changed since it was read (or was created meanwhile). */
    private static final int CONFLICT = 409;
    /** What a ConfigMap key may hold. */
    private static final Pattern DATA_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private final CompareAndSetPositions writes = new CompareAndSetPositions(LOG, () -> "ConfigMap " + where());
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private KubernetesClient client;
    /** Whether this repository built its client (and so closes it). */
    private boolean ownClient;
    private String namespace;
    private String configMapName = "camel-studio-positions";

    /** A repository on the client {@link KubernetesClientBuilder} makes from the environment, built when started. */
    public ConfigMapStateRepository() {
    }

    /**
     * A repository on a client of the application's.
     *
     * @param client the client; not closed by this repository
     */
    public ConfigMapStateRepository(KubernetesClient client) {
        this.client = client;
    }

    /** {@return the ConfigMap's name (default camel-studio-positions)} */
    public String getConfigMapName() {
        return configMapName;
    }

    /**
     * The ConfigMap that holds the positions.
     *
     * @param configMapName its name, a DNS subdomain name
     */
    public void setConfigMapName(String configMapName) {
        this.configMapName = configMapName;
    }

    /** {@return the namespace of the ConfigMap; null: the client's} */
    public String getNamespace() {
        return namespace;
    }

    /**
     * The namespace of the ConfigMap.
     *
     * @param namespace the namespace; null for the client's (the pod's own)
     */
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    @Override
    protected void doStart() throws Exception {
        if (client == null) {
            client = new KubernetesClientBuilder().build();
            ownClient = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownClient) {
            client.close();
            client = null;
            ownClient = false;
        }
    }

    @Override
    public String getState(String key) {
        try {
            ConfigMap map = configMap().get();
            return map == null || map.getData() == null ? null : map.getData().get(dataKey(key));
        } catch (KubernetesClientException e) {
            throw new RuntimeCamelException("Could not read the position " + key + " from ConfigMap " + where()
                    + ": " + e.getMessage() + ". Check that the API server is reachable and that the service account "
                    + "may get configmaps", e);
        }
    }

    /** Writes {@code value} unless the ConfigMap already holds a later position; see the class comment. */
    @Override
    public void setState(String key, String value) {
        writes.save(key, value, this::tryWrite);
    }

    /** One compare-and-set round; false if the ConfigMap changed under it (HTTP 409). */
    private boolean tryWrite(String key, SequencePosition proposed) {
        Resource<ConfigMap> resource = configMap();
        ConfigMap current = resource.get();
        String dataKey = dataKey(key);
        try {
            if (current == null) {
                resource.create(new ConfigMapBuilder().withNewMetadata().withName(configMapName).endMetadata()
                        .addToData(dataKey, proposed.toString()).build());
                return true;
            }
            SequencePosition held = held(key, current);
            if (held != null && held.compareTo(proposed) >= 0) {
                if (held.compareTo(proposed) > 0) {
                    refused.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                    LOG.warn("Position {}={} not saved: ConfigMap {} holds {}, a later one, written by the replica "
                            + "that consumes the account now", key, proposed, where(), held);
                }
                return true;
            }
            Map<String, String> data = new HashMap<>(current.getData() == null ? Map.of() : current.getData());
            data.put(dataKey, proposed.toString());
            current.setData(data);
            // The resourceVersion read above goes with the update: a change meanwhile makes the server refuse it.
            configMaps().resource(current).update();
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() == CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    /** The position the ConfigMap holds for a key, or null (and a warning) for a value that is not one. */
    private SequencePosition held(String key, ConfigMap current) {
        String text = current.getData() == null ? null : current.getData().get(dataKey(key));
        if (text == null) {
            return null;
        }
        try {
            return SequencePosition.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("The value of {} in ConfigMap {} is not a Studio position; it is overwritten: {}", key, where(),
                    e.getMessage());
            return null;
        }
    }

    @Override
    public long refusedWrites(String key) {
        AtomicLong count = refused.get(key);
        return count == null ? 0 : count.get();
    }

    private Resource<ConfigMap> configMap() {
        return configMaps().withName(configMapName);
    }

    private NonNamespaceOperation<ConfigMap, ConfigMapList, Resource<ConfigMap>> configMaps() {
        if (client == null) {
            throw new IllegalStateException("The ConfigMapStateRepository is not started: start it, or let the studio "
                    + "consumer start it");
        }
        return namespace == null ? client.configMaps() : client.configMaps().inNamespace(namespace);
    }

    /** A ConfigMap key: the consumer's key with {@code :} as {@code .} ({@code studio:100000} is studio.100000). */
    static String dataKey(String key) {
        String dataKey = key.replace(':', '.');
        if (!DATA_KEY.matcher(dataKey).matches()) {
            throw new IllegalArgumentException("A ConfigMapStateRepository key must be letters, digits, '-', '_', "
                    + "'.' or ':': " + key);
        }
        return dataKey;
    }

    private String where() {
        return (namespace == null ? "" : namespace + "/") + configMapName;
    }
}
