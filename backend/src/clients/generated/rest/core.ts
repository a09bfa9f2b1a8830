// Generated from backend/specs/openapi/core.json by `make generate`. Do not edit.

export interface paths {
    "/api/v1/core/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, the modules loaded in this process and the state of its event bus */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/core/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API versions, their status and dates */
        get: operations["getVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The event bus that carries committed changes to every process */
                        bus: {
                            /** @description False while the Redis link is down: the process runs, but its event streams refuse clients */
                            connected: boolean;
                            /** @description in-process in one process; redis when REDIS_URL is set */
                            transport: "in-process" | "redis";
                        };
                        /** @description The process's name in its cluster (INSTANCE_NAME) */
                        instance?: string;
                        /** @description Modules loaded in this process, core first */
                        modules: string[];
                        /** @description The market data of this process */
                        quotes: {
                            /** @description False while a remote datafeed is out of reach */
                            connected: boolean;
                            /** @description The datafeed instance a remote source reads now */
                            datafeed?: string;
                            /** @description Where this process gets prices: none, its own datafeed, or a datafeed process (DATAFEED_URL) */
                            source: "none" | "in-process" | "remote";
                        };
                        /** @enum {string} */
                        status: "ok";
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: string;
                        versions: {
                            /** Format: date */
                            deprecationDate?: string;
                            /** Format: date */
                            releaseDate?: string;
                            /** ApiVersionStatus */
                            status: "stable" | "beta" | "deprecated" | "retired";
                            version: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
}
