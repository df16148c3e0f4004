"""The bundled demo: recorded sources for the demo opgave and the runner that harvests them."""
