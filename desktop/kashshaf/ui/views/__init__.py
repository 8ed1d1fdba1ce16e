"""The analysis docks: views of the whole result set."""
