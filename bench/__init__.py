"""On-demand benchmarks; run them by hand, never from the test suite."""
