package api

import (
	"context"

	"github.com/beian-go/beian/order"
)

// nopStore is an order.Store that holds nothing.
type nopStore struct{}

func (nopStore) Append(context.Context, string, uint64, ...order.Event) error { return nil }
func (nopStore) Load(_ context.Context, id string) ([]order.Event, error) {
	return nil, order.ErrNotFound
}
