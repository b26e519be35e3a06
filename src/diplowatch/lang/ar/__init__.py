"""Arabic language data; each module holds one kind of knowledge."""
