"""Author profiles (the seeds' "user files") and the repeat-complainer / influencer lists."""
