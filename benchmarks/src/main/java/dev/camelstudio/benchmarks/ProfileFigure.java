package dev.camelstudio.benchmarks;

import java.util.function.Supplier;

/**
 * Where the time goes: the floor (raw Tyrus), what a user would write (the bare JDK client and the hand-written peer)
 * and camel-studio json on both connections and both transports, each in a live-saturation run of one account under
 * JFR ({@link CpuProfile}).
 */
final class ProfileFigure implements Figure {

    private final Bench bench;
    private final Saturation saturation;

    ProfileFigure(Bench bench) {
        this.bench = bench;
        this.saturation = new Saturation(bench);
    }

    @Override
    public void measure(Results results) throws Exception {
        int messages = bench.arguments.size("profile");
        if (messages == 0) {
            return;
        }
        for (Supplier<BenchClient> factory : bench.clients()) {
            String name = Clients.nameOf(factory);
            if (!name.startsWith(StudioClient.NAME_PREFIX) || name.contains("bodyType=json")
                    && !name.endsWith(StudioClient.POOLED_SUFFIX)) {
                results.profile.put(name, CpuProfile.profile(() -> saturation.measure(factory, 1, messages)));
                System.out.println("profiled " + name);
            }
        }
    }
}
