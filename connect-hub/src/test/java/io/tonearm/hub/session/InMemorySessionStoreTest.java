package io.tonearm.hub.session;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final SessionStore store = new InMemorySessionStore();

    @Override
    SessionStore store() {
        return store;
    }
}
