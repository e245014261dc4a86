/**
 * What camel-studio's modules for more than one instance (camel-studio-zookeeper, camel-studio-kubernetes) share:
 * positions saved in a store of the cluster by compare-and-set, forward only
 * ({@link dev.camelstudio.studio.cluster.CompareAndSetPositions}), and how their cluster views describe a member
 * ({@link dev.camelstudio.studio.cluster.ClusterMember}).
 */
package dev.camelstudio.studio.cluster;
