// Generated from openapi.json by libs/api-client/generate.mjs. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MunicipalitiesController_list"];
        put?: never;
        post: operations["MunicipalitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MunicipalitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MunicipalitiesController_update"];
        trace?: never;
    };
    "/api/municipalities/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MunicipalitiesController_listAgreements"];
        put?: never;
        post: operations["MunicipalitiesController_createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MunicipalitiesController_deleteAgreement"];
        options?: never;
        head?: never;
        patch: operations["MunicipalitiesController_updateAgreement"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/activation-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activationLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/activation-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activationLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["UsersController_setRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/activation/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_activationInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/auth/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MunicipalityDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Código INE (o código corto de una ciudad extranjera)
             * @example 020101
             */
            code: string;
            /** @example La Paz */
            name: string;
            /** @enum {string|null} */
            department: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
            /** @enum {string} */
            kind: "urban" | "rural" | "indigenous_autonomy";
            /**
             * @description ISO 3166-1 alfa-2
             * @example BO
             */
            country: string;
            isPartner: boolean;
            /** @description Tiene un convenio vigente hoy */
            agreementInForce: boolean;
        };
        CreateMunicipalityDto: {
            /** @example 020104 */
            code: string;
            /** @example Achocalla */
            name: string;
            /** @enum {string|null} */
            department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
            /** @enum {string} */
            kind: "urban" | "rural" | "indigenous_autonomy";
            /** @example BO */
            country: string;
            isPartner: boolean;
        };
        UpdateMunicipalityDto: {
            /** @example 020104 */
            code?: string;
            /** @example Achocalla */
            name?: string;
            /** @enum {string|null} */
            department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
            /** @enum {string} */
            kind?: "urban" | "rural" | "indigenous_autonomy";
            /** @example BO */
            country?: string;
            isPartner?: boolean;
        };
        AgreementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            title: string;
            scope: string | null;
            /** Format: date */
            signedOn: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
            inForce: boolean;
        };
        CreateAgreementDto: {
            /** @example Convenio de cooperación interinstitucional */
            title: string;
            scope?: string | null;
            /** Format: date */
            signedOn: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil?: string | null;
        };
        UpdateAgreementDto: {
            /** @example Convenio de cooperación interinstitucional */
            title?: string;
            scope?: string | null;
            /** Format: date */
            signedOn?: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validUntil?: string | null;
        };
        MunicipalitySummaryDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @enum {string|null} */
            department: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
            country: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            firstNames: string;
            lastNames: string;
            fullName: string;
            nationalIdNumber: string;
            nationalIdComplement: string | null;
            /** @enum {string} */
            nationalIdIssuedIn: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            /** @enum {string} */
            gender: "female" | "male" | "other" | "undisclosed";
            municipality: components["schemas"]["MunicipalitySummaryDto"] | null;
            orgUnit: string | null;
            position: string | null;
            phone: string | null;
            roles: ("participant" | "municipal_liaison" | "facilitator" | "tutor" | "coordinator" | "manager" | "admin")[];
            active: boolean;
            /** @description Sin contraseña todavía: necesita un enlace de activación */
            pendingActivation: boolean;
            /** @enum {string} */
            locale: "es" | "en";
            /** Format: date-time */
            lastLoginAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CreateUserDto: {
            /** @example ana.quispe@achocalla.gob.bo */
            email: string;
            password: string;
            firstNames: string;
            lastNames: string;
            /** @example 4789123 */
            nationalIdNumber: string;
            /** @example 1B */
            nationalIdComplement?: string | null;
            /** @enum {string} */
            nationalIdIssuedIn: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            /** @enum {string} */
            gender: "female" | "male" | "other" | "undisclosed";
            /** Format: uuid */
            municipalityId: string;
            orgUnit?: string | null;
            position?: string | null;
            phone?: string | null;
            roles: ("participant" | "municipal_liaison" | "facilitator" | "tutor" | "coordinator" | "manager" | "admin")[];
        };
        ImportResultDto: {
            dryRun: boolean;
            /** @description Filas de datos leídas */
            rows: number;
            /** @description Usuarios creados (0 en una validación) */
            created: number;
        };
        ActivationLinksQueryDto: {
            /**
             * Format: uuid
             * @description Solo las personas de este municipio
             */
            municipalityId?: string;
        };
        ActivationLinkDto: {
            /** @example https://campus.egm.bo/activar/3q2-… */
            url: string;
            /** Format: date-time */
            expiresAt: string;
        };
        UpdateUserDto: {
            /** @example ana.quispe@achocalla.gob.bo */
            email?: string;
            password?: string;
            firstNames?: string;
            lastNames?: string;
            /** @example 4789123 */
            nationalIdNumber?: string;
            /** @example 1B */
            nationalIdComplement?: string | null;
            /** @enum {string} */
            nationalIdIssuedIn?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            /** @enum {string} */
            gender?: "female" | "male" | "other" | "undisclosed";
            /** Format: uuid */
            municipalityId?: string;
            orgUnit?: string | null;
            position?: string | null;
            phone?: string | null;
            roles?: ("participant" | "municipal_liaison" | "facilitator" | "tutor" | "coordinator" | "manager" | "admin")[];
        };
        SetRolesDto: {
            roles: ("participant" | "municipal_liaison" | "facilitator" | "tutor" | "coordinator" | "manager" | "admin")[];
        };
        LoginDto: {
            /** @example participante@demo.egm.bo */
            email: string;
            /** @example Campus-Demo-2026 */
            password: string;
        };
        SessionDto: {
            /** @description JWT de acceso (Bearer), de vida corta */
            accessToken: string;
            /** @description Segundos de validez del token de acceso */
            expiresIn: number;
            user: components["schemas"]["UserDto"];
        };
        ActivationInfoDto: {
            email: string;
            fullName: string;
            /** Format: date-time */
            expiresAt: string;
        };
        ActivateAccountDto: {
            token: string;
            password: string;
        };
        UpdateProfileDto: {
            orgUnit?: string | null;
            position?: string | null;
            phone?: string | null;
            /** @enum {string} */
            locale?: "es" | "en";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    MunicipalitiesController_list: {
        parameters: {
            query?: {
                search?: string;
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                kind?: "urban" | "rural" | "indigenous_autonomy";
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"][];
                };
            };
        };
    };
    MunicipalitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMunicipalityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
        };
    };
    MunicipalitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
        };
    };
    MunicipalitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMunicipalityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
        };
    };
    MunicipalitiesController_listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"][];
                };
            };
        };
    };
    MunicipalitiesController_createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    MunicipalitiesController_deleteAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MunicipalitiesController_updateAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                search?: string;
                role?: "participant" | "municipal_liaison" | "facilitator" | "tutor" | "coordinator" | "manager" | "admin";
                municipalityId?: string;
                active?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_import: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
        };
    };
    UsersController_activationLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivationLinksQueryDto"];
            };
        };
        responses: {
            /** @description CSV (UTF-8 con BOM, `;`): correo;nombres;apellidos;municipio;enlace;vence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    UsersController_activationLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationLinkDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_setRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRolesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    UsersController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_activationInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationInfoDto"];
                };
            };
        };
    };
    AuthController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
