package main

import (
	"flag"

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/order"
)

// stores are the order store and the records of the console.
type stores struct {
	store   order.Store
	records api.Records
	desc    string
	close   func()
}

// openStores opens the stores the flags name: in memory for now.
func openStores(_ *flag.FlagSet) (stores, error) {
	return stores{store: order.NewMemoryStore(), records: api.NewMemoryRecords(), desc: "orders in memory", close: func() {}}, nil
}
