/**
 * The header for every request the tests send to a server process they started (workerd, an example's
 * Node server). Each is a new process on a port the OS picked, which can be the port of one killed a moment
 * before; Node's fetch keeps idle connections per origin, and one kept from the dead server is reset when
 * reused (`ECONNRESET`, seen once in a full run). `Connection: close` keeps none.
 */
export const NO_KEEP_ALIVE = { connection: "close" } as const;
