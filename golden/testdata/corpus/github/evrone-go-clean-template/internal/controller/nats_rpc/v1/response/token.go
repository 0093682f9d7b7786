package response

// Token -.
type Token struct {
	Token string `json:"token"`
}
