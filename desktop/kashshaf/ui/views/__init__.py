"""The analysis docks' widgets: timeline, concordance, entity network, facets, keywords."""
