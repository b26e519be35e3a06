"""English language data; each module holds one kind of knowledge."""
