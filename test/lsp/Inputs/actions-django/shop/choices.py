TIERS = [("gold", "Gold"), ("silver", "Silver")]
