"""Analysis section: portfolio, shift-share, LQ heatmap, relatedness network, opportunities."""
