"""Arabic text analysis: normalisation, tokenising, stemming, stop words."""
