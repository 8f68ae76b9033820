"""Het hoofdvenster: lijst, menu's en acties."""
