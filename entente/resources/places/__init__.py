"""Place data: regions without admin codes, English province names, former countries (see regions.yaml)."""
