"""De opdrachtregel."""
