"""The Policy & signals section: policy options judged across scenarios, signposts, experiments."""
