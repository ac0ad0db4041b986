package review

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/akascreen/aka"
)

// KeyPrefix starts every API key: "aka_<id>_<secret>", the id 16 hex
// digits, the secret 64 (32 random bytes).
const KeyPrefix = "aka_"

// CreateKey makes a new API key with the given role and returns it in full
// with its record. The full key is shown only here: the store keeps the
// SHA-256 of its secret. It needs the admin role and is audited.
func (s *Service) CreateKey(ctx context.Context, actor Actor, role aka.Role, name string) (string, *aka.APIKey, error) {
	if err := actor.require(aka.Admin, "creating keys"); err != nil {
		return "", nil, err
	}
	if !role.Valid() {
		return "", nil, aka.Errorf(aka.EINVALID, "unknown role %q: want viewer, analyst, supervisor or admin", role)
	}
	secret := make([]byte, 32)
	rand.Read(secret) // never fails (crypto/rand)
	secretHex := hex.EncodeToString(secret)
	k := &aka.APIKey{ID: newID("", 8), SecretHash: hashSecret(secretHex), Role: role, Name: name, CreatedAt: s.now()}
	detail, err := json.Marshal(map[string]string{"key_id": k.ID, "role": string(role), "name": name})
	if err != nil {
		return "", nil, err
	}
	entry := &aka.AuditEntry{At: k.CreatedAt, Actor: actor.KeyID, Action: "key.create", Detail: detail}
	if err := s.Store.CreateKey(ctx, k, entry); err != nil {
		return "", nil, err
	}
	return KeyPrefix + k.ID + "_" + secretHex, k, nil
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// dummyHash is compared against when a key's id is unknown, so that an
// unknown id and a wrong secret take the same time.
var dummyHash = hashSecret("")

// Authenticate returns the record of a valid, unrevoked key, or
// EUNAUTHORIZED with the same message whatever is wrong with it.
func (s *Service) Authenticate(ctx context.Context, key string) (*aka.APIKey, error) {
	unauthorized := aka.Errorf(aka.EUNAUTHORIZED, "invalid API key")
	rest, ok := strings.CutPrefix(key, KeyPrefix)
	if !ok {
		return nil, unauthorized
	}
	id, secret, ok := strings.Cut(rest, "_")
	if !ok || id == "" || len(id) > 64 || len(secret) != 64 {
		return nil, unauthorized
	}
	k, err := s.Store.Key(ctx, id)
	want := dummyHash
	switch {
	case aka.ErrorCode(err) == aka.ENOTFOUND:
	case err != nil:
		return nil, err
	default:
		want = k.SecretHash
	}
	got := hashSecret(secret)
	if subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 || k == nil || k.Revoked() {
		return nil, unauthorized
	}
	return k, nil
}

// RevokeKey revokes a key; it needs the admin role and is audited.
func (s *Service) RevokeKey(ctx context.Context, actor Actor, id string) error {
	if err := actor.require(aka.Admin, "revoking keys"); err != nil {
		return err
	}
	now := s.now()
	detail, err := json.Marshal(map[string]string{"key_id": id})
	if err != nil {
		return err
	}
	return s.Store.RevokeKey(ctx, id, now, &aka.AuditEntry{At: now, Actor: actor.KeyID, Action: "key.revoke", Detail: detail})
}

// Keys lists every key, revoked ones included; it needs the admin role.
func (s *Service) Keys(ctx context.Context, actor Actor) ([]*aka.APIKey, error) {
	if err := actor.require(aka.Admin, "listing keys"); err != nil {
		return nil, err
	}
	return s.Store.Keys(ctx)
}
