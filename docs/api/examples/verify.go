//go:build ignore

// Ask latchkeyd whether an API key may make a call: POST /v1/verify.
//
//	LATCHKEY_URL=http://127.0.0.1:8080 LATCHKEY_KEY=sk_test_... go run verify.go [SCOPE]
//
// Exit status: 0 valid, 1 refused (the error code is printed), 2 latchkeyd unreachable.
// Standard library only. The key comes from the environment and is never printed.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// Answer is latchkeyd's reply: Data for an allowed key, Error for a refused one.
type Answer struct {
	Data *struct {
		Valid       bool     `json:"valid"`
		KeyID       string   `json:"key_id"`
		WorkspaceID string   `json:"workspace_id"`
		Environment string   `json:"environment"`
		Type        string   `json:"type"`
		ServiceID   *string  `json:"service_id"`
		Scopes      []string `json:"scopes"`
		ExpiresAt   *string  `json:"expires_at"`
	} `json:"data"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	Status     int    `json:"-"`
	RetryAfter string `json:"-"` // set on a 429
}

var client = &http.Client{Timeout: 10 * time.Second}

// Verify asks latchkeyd about key; scope may be empty. context may carry "origin", "ip",
// "method" and "path" of the call being authorised.
func Verify(baseURL, key, scope string, context map[string]string) (*Answer, error) {
	body := map[string]string{"key": key}
	if scope != "" {
		body["scope"] = scope
	}
	for k, v := range context {
		body[k] = v
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	resp, err := client.Post(strings.TrimRight(baseURL, "/")+"/v1/verify", "application/json",
		bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	answer := &Answer{Status: resp.StatusCode, RetryAfter: resp.Header.Get("Retry-After")}
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(answer)
	if err != nil || (answer.Data == nil && answer.Error == nil) {
		return nil, fmt.Errorf("unexpected answer: HTTP %d", resp.StatusCode)
	}
	return answer, nil
}

func main() {
	url := os.Getenv("LATCHKEY_URL")
	if url == "" {
		url = "http://127.0.0.1:8080"
	}
	key := os.Getenv("LATCHKEY_KEY")
	if key == "" {
		fmt.Fprintln(os.Stderr, "verify.go: set LATCHKEY_KEY to the API key to check")
		os.Exit(2)
	}
	scope := ""
	if len(os.Args) > 1 {
		scope = os.Args[1]
	}
	a, err := Verify(url, key, scope, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "latchkeyd unreachable:", err)
		os.Exit(2)
	}
	if a.Status == http.StatusOK && a.Data != nil && a.Data.Valid {
		d := a.Data
		fmt.Printf("valid key_id=%s workspace=%s environment=%s type=%s scopes=%s\n",
			d.KeyID, d.WorkspaceID, d.Environment, d.Type, strings.Join(d.Scopes, ","))
		return
	}
	code, message := fmt.Sprintf("http_%d", a.Status), ""
	if a.Error != nil {
		code, message = a.Error.Code, a.Error.Message
	}
	fmt.Printf("invalid %d %s: %s\n", a.Status, code, message)
	os.Exit(1)
}
