"""The Policy & signals section: policy options judged across scenarios, signposts and
early signals, the radar of trends, experiments with a decision date."""
