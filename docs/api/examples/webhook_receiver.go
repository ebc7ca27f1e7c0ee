//go:build ignore

// Receive latchkeyd's webhook deliveries and check their Latchkey-Signature.
//
//	LATCHKEY_WEBHOOK_SECRET=whsec_... PORT=8000 go run webhook_receiver.go
//
// latchkeyd POSTs a JSON event with the header
//
//	Latchkey-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]
//
// where each v1 is HMAC-SHA256, keyed with the endpoint's signing secret (the whole whsec_...
// text), of "<t>.<raw body>". After a secret is rotated, the old and the new one both sign for
// 7 days: one v1 each. A delivery is genuine when t is within 5 minutes of now and one v1
// matches. Answer 2xx to accept it. Listens on 127.0.0.1 (put your TLS proxy in front); port 0
// takes a free one. Standard library only; the secret is never printed.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// Tolerance: older (or future) timestamps are refused, a replay or a clock that is off.
const Tolerance = 300 * time.Second

// SignatureOK reports whether header (the Latchkey-Signature value) signs body (the raw bytes,
// as received) with secret, at a time within Tolerance of now.
func SignatureOK(header string, body, secret []byte, now time.Time) bool {
	timestamp := int64(-1)
	var signatures [][]byte
	for _, part := range strings.Split(header, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		switch name {
		case "t":
			if t, err := strconv.ParseInt(value, 10, 64); err == nil && t >= 0 {
				timestamp = t
			}
		case "v1":
			signatures = append(signatures, []byte(strings.ToLower(strings.TrimSpace(value))))
		}
	}
	if timestamp < 0 {
		return false
	}
	if age := now.Sub(time.Unix(timestamp, 0)); age > Tolerance || age < -Tolerance {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strconv.FormatInt(timestamp, 10) + "."))
	mac.Write(body)
	expected := []byte(hex.EncodeToString(mac.Sum(nil)))
	// Constant time (hmac.Equal), and every v1 is compared: which one matched reveals nothing.
	match := false
	for _, s := range signatures {
		if hmac.Equal(s, expected) {
			match = true
		}
	}
	return match
}

// Event is what every delivery carries; Data depends on Type.
type Event struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Created int64           `json:"created"`
	Data    json.RawMessage `json:"data"`
}

func main() {
	secret := os.Getenv("LATCHKEY_WEBHOOK_SECRET")
	if !strings.HasPrefix(secret, "whsec_") {
		log.Fatal("webhook_receiver.go: set LATCHKEY_WEBHOOK_SECRET to the endpoint's whsec_ secret")
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)) // the raw bytes
		if err != nil {
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			return
		}
		if !SignatureOK(r.Header.Get("Latchkey-Signature"), body, []byte(secret), time.Now()) {
			fmt.Println("rejected: signature missing, wrong or too old")
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var event Event
		if err := json.Unmarshal(body, &event); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		// Handle the event here. A delivery may arrive twice: event.ID tells them apart.
		fmt.Println("accepted", event.Type, event.ID)
		w.WriteHeader(http.StatusNoContent)
	})
	port := os.Getenv("PORT")
	if port == "" {
		port = "8000"
	}
	listener, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("listening on http://" + listener.Addr().String())
	server := &http.Server{ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	log.Fatal(server.Serve(listener))
}
