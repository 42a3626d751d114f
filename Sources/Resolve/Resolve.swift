// Resolve
