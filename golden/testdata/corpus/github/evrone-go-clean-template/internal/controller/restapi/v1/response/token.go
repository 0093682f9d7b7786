package response

// Token -.
type Token struct {
	Token string `json:"token" example:"eyJhbGciOiJIUzI1NiIs..."`
} // @name v1.Token
