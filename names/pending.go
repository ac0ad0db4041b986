package names

// romanizeOther is replaced by Romanize once the learned tables land.
func romanizeOther(w string) []string { return nil }
