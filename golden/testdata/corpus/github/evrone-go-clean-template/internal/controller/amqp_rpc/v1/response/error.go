package response

// Error -.
type Error struct {
	Error string `json:"error"`
}
