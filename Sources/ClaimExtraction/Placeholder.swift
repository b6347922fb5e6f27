// ClaimExtraction
