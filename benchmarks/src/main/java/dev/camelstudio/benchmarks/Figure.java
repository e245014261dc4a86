package dev.camelstudio.benchmarks;

/** One figure of benchmarks/README.md: measures its clients and puts what it measured into the {@link Results}. */
interface Figure {

    void measure(Results results) throws Exception;
}
