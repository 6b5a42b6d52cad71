"""PerfectIt-style consistency: one article, one way of writing each thing."""
