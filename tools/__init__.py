"""Project tools: the stand-in photo generator and the system library check."""
