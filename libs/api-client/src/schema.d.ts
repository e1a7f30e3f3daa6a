// Generated from openapi.json by libs/api-client/generate.mjs. Do not edit.
export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_entityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_list"];
        put?: never;
        post: operations["CompetenciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/export.case.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_exportCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/case/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_resolveCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompetenciesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CompetenciesController_update"];
        trace?: never;
    };
    "/api/competencies/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompetenciesController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompetenciesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CoursesController_list"];
        put?: never;
        post: operations["CoursesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CoursesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CoursesController_update"];
        trace?: never;
    };
    "/api/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CoursesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CoursesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CourseContentController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CourseContentController_createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CourseContentController_createModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/modules/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CourseContentController_reorderModules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-modules/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CourseContentController_deleteModule"];
        options?: never;
        head?: never;
        patch: operations["CourseContentController_updateModule"];
        trace?: never;
    };
    "/api/course-modules/{moduleId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CourseContentController_createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-modules/{moduleId}/activities/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CourseContentController_reorderActivities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CourseContentController_deleteActivity"];
        options?: never;
        head?: never;
        patch: operations["CourseContentController_updateActivity"];
        trace?: never;
    };
    "/api/course-activities/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CourseContentController_replaceQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-activities/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CourseContentController_downloadFile"];
        put: operations["CourseContentController_uploadFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{courseId}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortsController_list"];
        put?: never;
        post: operations["CohortsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CohortsController_update"];
        trace?: never;
    };
    "/api/cohorts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_addSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/sessions/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_addSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohort-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CohortsController_deleteSession"];
        options?: never;
        head?: never;
        patch: operations["CohortsController_updateSession"];
        trace?: never;
    };
    "/api/calendar/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/sessions.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_sessionsIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cohorts/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_publicFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogueController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogueController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_outline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments/{id}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments/{id}/activities/{activityId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments/{id}/activities/{activityId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["LearningController_saveProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments/{id}/activities/{activityId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LearningController_submitAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competency-profile/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetencyProfileController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/competency-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetencyProfileController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/competency-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompetencyProfileController_recognise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallsController_list"];
        put?: never;
        post: operations["CallsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-tutors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallsController_tutors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CallsController_update"];
        trace?: never;
    };
    "/api/internship-calls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CallsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CallsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ApplicationsController_update"];
        trace?: never;
    };
    "/api/internship-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications/{id}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_downloadLetter"];
        put: operations["ApplicationsController_uploadLetter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications/{id}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LogbookController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/interns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LogbookController_interns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/{placementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LogbookController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/{placementId}/work-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["LogbookController_saveWorkPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/{placementId}/logbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LogbookController_addEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/logbook-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["LogbookController_updateEntry"];
        trace?: never;
    };
    "/api/internships/logbook-entries/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LogbookController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/logbook-entries/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LogbookController_returnEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/{placementId}/final-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LogbookController_submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internships/execution/{placementId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LogbookController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{callId}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlacementsController_selection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-applications/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["PlacementsController_setPriority"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{callId}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PlacementsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{callId}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PlacementsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{callId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_detail"];
        put?: never;
        post: operations["FollowUpsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InternshipReportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InternshipReportsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internship-calls/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InternshipReportsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tablero de gestión: cifras del periodo con sus desgloses, mapa de cobertura y tendencia mensual */
        get: operations["ReportsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opciones de filtro del tablero dentro del alcance de quien consulta, y el periodo por defecto */
        get: operations["ReportsController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tablero como CSV (UTF-8 con BOM, `;`): Resumen, cada desglose, Cobertura municipio × área, Tendencia mensual
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        get: operations["ReportExportsController_dashboardCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dashboard.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tablero como libro Excel: «Resumen», una hoja por desglose, «Cobertura» y «Tendencia mensual»
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        get: operations["ReportExportsController_dashboardXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dashboard.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tablero como PDF: cifras principales, gráficos y tablas de los desgloses, tendencia mensual y notas
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        get: operations["ReportExportsController_dashboardPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/enrolments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detalle de inscripciones contadas por el tablero, una fila por inscripción (CSV transmitido desde la base de datos)
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        get: operations["ReportExportsController_enrolmentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/enrolments.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detalle de inscripciones como libro Excel (hasta 5000 filas; más: exportación en segundo plano)
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        get: operations["ReportExportsController_enrolmentsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pide una exportación del detalle: hasta 5000 filas devuelve la dirección de descarga; más, crea una tarea en segundo plano
         * @description Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.
         */
        post: operations["ReportExportsController_requestExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/exports/{jobId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Archivo de una exportación en segundo plano terminada (solo para quien la pidió) */
        get: operations["ReportExportsController_exportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/enrolments/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/enrolments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teaching/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeachingController_cohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{enrolmentId}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["TeachingController_grade"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_get"];
        put: operations["AttendanceController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/roster.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CredentialsController_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/issuer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CredentialsController_issuer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/issuer/keys/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CredentialsController_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/status/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CredentialsController_revocationList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_forCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/certificates/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicCertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificateFilesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohortId}/certificates.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificateFilesController_zip"];
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
    schemas: {
        AuditActorDto: {
            /** Format: uuid */
            id: string;
            /** @description Nombres y apellidos (vacío si la cuenta ya no existe) */
            name: string | null;
            email: string | null;
        };
        AuditEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @description Nulo: lo hizo el sistema */
            actor: components["schemas"]["AuditActorDto"] | null;
            /** @example enrolment.approve */
            action: string;
            /** @example enrolment */
            entityType: string;
            entityId: string | null;
            /** @description El registro antes del cambio (lo que la acción guarda de él) */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description El registro después del cambio */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description Dirección IP del cliente */
            ip: string | null;
            requestId: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Qué pasó (código estable)
             * @example enrolment.enrolled
             */
            kind: string;
            title: string;
            body: string;
            /**
             * @description Ruta de la SPA a abrir
             * @example /aprendizaje
             */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description No leídas (todas, no solo las de esta página) */
            unread: number;
        };
        UnreadCountDto: {
            count: number;
        };
        ReadAllResultDto: {
            /** @description Notificaciones marcadas como leídas */
            updated: number;
        };
        OutboxEmailDto: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            body: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        OutboxPageDto: {
            items: components["schemas"]["OutboxEmailDto"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Hay un servidor SMTP configurado (SMTP_URL): los pendientes se envían solos */
            smtpConfigured: boolean;
        };
        JobDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Qué hace la tarea
             * @example certificates.cohort
             */
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Elementos por procesar */
            total: number;
            /** @description Elementos procesados con éxito */
            done: number;
            /** @description Elementos que fallaron */
            failed: number;
            /** @description Porcentaje procesado (0–100) */
            percent: number;
            /** @description Resumen al terminar */
            result: {
                [key: string]: unknown;
            } | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
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
        CompetencyItemDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description area = área de gestión, sub_area = sub-área, competency = competencia
             * @enum {string}
             */
            kind: "area" | "sub_area" | "competency";
            /** @example A08.2.1 */
            code: string;
            /**
             * Format: uuid
             * @description El área de una sub-área, la sub-área de una competencia; null en las áreas
             */
            parentId: string | null;
            /** @example Gestión de riesgos de desastres */
            name: string;
            description: string | null;
            /** @description Orden entre sus hermanos (luego por código) */
            position: number;
            /**
             * Format: date-time
             * @description Retirado: ya no se ofrece, pero los cursos y registros lo conservan
             */
            retiredAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CompetencyImportResultDto: {
            dryRun: boolean;
            /** @description Elementos nuevos */
            created: number;
            /** @description Elementos existentes modificados */
            updated: number;
            /** @description Elementos del archivo iguales a los del marco */
            unchanged: number;
            /** @description Elementos activos que el archivo retira */
            retired: number;
            /** @description Elementos retirados que el archivo vuelve a activar */
            restored: number;
        };
        CreateCompetencyItemDto: {
            /** @enum {string} */
            kind: "area" | "sub_area" | "competency";
            /**
             * @description Único; letras, dígitos, «.», «-» o «_» (hasta 32)
             * @example A08.2.3
             */
            code: string;
            /**
             * Format: uuid
             * @description Obligatorio salvo en las áreas: el área de una sub-área, la sub-área de una competencia
             */
            parentId?: string | null;
            /** @example Elabora planes de contingencia ante desastres */
            name: string;
            description?: string | null;
            /** @description Orden entre sus hermanos; por omisión, al final */
            position?: number;
        };
        UpdateCompetencyItemDto: {
            /**
             * @description Único; letras, dígitos, «.», «-» o «_» (hasta 32)
             * @example A08.2.3
             */
            code?: string;
            /**
             * Format: uuid
             * @description Obligatorio salvo en las áreas: el área de una sub-área, la sub-área de una competencia
             */
            parentId?: string | null;
            /** @example Elabora planes de contingencia ante desastres */
            name?: string;
            description?: string | null;
            /** @description Orden entre sus hermanos; por omisión, al final */
            position?: number;
        };
        FrameworkRefDto: {
            /** Format: uuid */
            id: string;
            /** @example A08 */
            code: string;
            /** @example Medio ambiente y gestión de riesgos */
            name: string;
        };
        CourseSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example GDL-101 */
            code: string;
            title: string;
            summary: string;
            area: components["schemas"]["FrameworkRefDto"];
            subArea: components["schemas"]["FrameworkRefDto"] | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            workloadHours: number;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            latestVersionNumber: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CoursePageDto: {
            items: components["schemas"]["CourseSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CourseCompetencyDto: {
            /** Format: uuid */
            competencyId: string;
            /** @example A08.2.1 */
            code: string;
            name: string;
            /**
             * @description 1 básico, 2 intermedio, 3 avanzado
             * @enum {number}
             */
            level: 1 | 2 | 3;
        };
        CoursePrerequisiteDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
        };
        CourseVersionSummaryDto: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @description Una cohorte la usa: su contenido ya no se puede modificar */
            locked: boolean;
            cohortCount: number;
        };
        CourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            summary: string;
            /** @description Markdown */
            description: string;
            /** @description La descripción en HTML saneado */
            descriptionHtml: string;
            area: components["schemas"]["FrameworkRefDto"];
            subArea: components["schemas"]["FrameworkRefDto"] | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            workloadHours: number;
            passingScore: number;
            minAttendance: number;
            /** @enum {string} */
            certificateKind: "approval" | "participation";
            requiresEndorsement: boolean;
            /** @description La coordinación aprueba cada solicitud; si no, se admite por orden de llegada */
            requiresApproval: boolean;
            /**
             * @example [
             *       "11.3",
             *       "16.6"
             *     ]
             */
            sdgTargets: string[];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            competencies: components["schemas"]["CourseCompetencyDto"][];
            prerequisites: components["schemas"]["CoursePrerequisiteDto"][];
            latestVersion: components["schemas"]["CourseVersionSummaryDto"];
            /** @description Alguna cohorte tiene plazas ocupadas: carga horaria, notas, asistencia, certificado y competencias ya no cambian */
            termsLocked: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CourseCompetencyInputDto: {
            /** Format: uuid */
            competencyId: string;
            /** @enum {number} */
            level: 1 | 2 | 3;
        };
        CreateCourseDto: {
            /** @example GDL-101 */
            code: string;
            /** @example Gestión del Desarrollo Local */
            title: string;
            /** @description Por omisión: vacío */
            summary?: string;
            /** @description Markdown: objetivos, público, metodología (por omisión: vacío) */
            description?: string;
            /**
             * Format: uuid
             * @description Un área de gestión vigente
             */
            areaId: string;
            /**
             * Format: uuid
             * @description Una sub-área vigente de esa área
             */
            subAreaId?: string | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            workloadHours: number;
            /** @description Por omisión: 70 */
            passingScore?: number;
            /** @description Por omisión: 80 */
            minAttendance?: number;
            /**
             * @description Por omisión: approval
             * @enum {string}
             */
            certificateKind?: "approval" | "participation";
            /** @description Por omisión: true */
            requiresEndorsement?: boolean;
            /** @description Por omisión: true */
            requiresApproval?: boolean;
            /**
             * @description Metas ODS (se quitan las repetidas)
             * @example [
             *       "11.3",
             *       "16.6"
             *     ]
             */
            sdgTargets?: string[];
            competencies?: components["schemas"]["CourseCompetencyInputDto"][];
            /** @description Cursos publicados (o archivados) que deben aprobarse antes */
            prerequisiteIds?: string[];
        };
        UpdateCourseDto: {
            /** @example GDL-101 */
            code?: string;
            /** @example Gestión del Desarrollo Local */
            title?: string;
            /** @description Por omisión: vacío */
            summary?: string;
            /** @description Markdown: objetivos, público, metodología (por omisión: vacío) */
            description?: string;
            /**
             * Format: uuid
             * @description Un área de gestión vigente
             */
            areaId?: string;
            /**
             * Format: uuid
             * @description Una sub-área vigente de esa área
             */
            subAreaId?: string | null;
            /** @enum {string} */
            modality?: "in_person" | "online" | "blended";
            workloadHours?: number;
            /** @description Por omisión: 70 */
            passingScore?: number;
            /** @description Por omisión: 80 */
            minAttendance?: number;
            /**
             * @description Por omisión: approval
             * @enum {string}
             */
            certificateKind?: "approval" | "participation";
            /** @description Por omisión: true */
            requiresEndorsement?: boolean;
            /** @description Por omisión: true */
            requiresApproval?: boolean;
            /**
             * @description Metas ODS (se quitan las repetidas)
             * @example [
             *       "11.3",
             *       "16.6"
             *     ]
             */
            sdgTargets?: string[];
            competencies?: components["schemas"]["CourseCompetencyInputDto"][];
            /** @description Cursos publicados (o archivados) que deben aprobarse antes */
            prerequisiteIds?: string[];
        };
        ContentVersionDto: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @description Una cohorte la usa: su contenido ya no se puede modificar */
            locked: boolean;
            cohortCount: number;
            /** @description Es la última versión (la única que se edita) */
            latest: boolean;
        };
        VersionListItemDto: {
            /** Format: uuid */
            id: string;
            number: number;
            locked: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ActivityFileDto: {
            /** @example guia-poa.pdf */
            name: string;
            /** @example application/pdf */
            type: string;
            /** @description Bytes */
            size: number;
        };
        QuestionOptionDto: {
            id: string;
            text: string;
            correct: boolean;
        };
        QuizQuestionDto: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer";
            prompt: string;
            options: components["schemas"]["QuestionOptionDto"][];
            acceptedAnswers: string[];
            points: number;
            feedback: string | null;
        };
        CourseActivityDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            position: number;
            /** @enum {string} */
            kind: "page" | "video" | "file" | "quiz";
            title: string;
            required: boolean;
            /** @description Markdown */
            body: string;
            /** @description El texto en HTML saneado */
            bodyHtml: string;
            videoUrl: string | null;
            /** @description Dirección del reproductor (YouTube, Vimeo) */
            embedUrl: string | null;
            file: components["schemas"]["ActivityFileDto"] | null;
            /** @description Intentos permitidos (vacío: sin límite) */
            maxAttempts: number | null;
            passingScore: number | null;
            estimatedMinutes: number | null;
            questions: components["schemas"]["QuizQuestionDto"][];
        };
        CourseModuleDto: {
            /** Format: uuid */
            id: string;
            position: number;
            title: string;
            summary: string;
            activities: components["schemas"]["CourseActivityDto"][];
        };
        CourseContentDto: {
            /** Format: uuid */
            courseId: string;
            version: components["schemas"]["ContentVersionDto"];
            versions: components["schemas"]["VersionListItemDto"][];
            modules: components["schemas"]["CourseModuleDto"][];
        };
        CreateModuleDto: {
            /** @example Módulo 1: Marco normativo */
            title: string;
            /** @description Por omisión: vacío */
            summary?: string;
        };
        ModuleOrderDto: {
            /** @description Todos los módulos de la versión, en el nuevo orden */
            moduleIds: string[];
        };
        UpdateModuleDto: {
            /** @example Módulo 1: Marco normativo */
            title?: string;
            /** @description Por omisión: vacío */
            summary?: string;
        };
        CreateActivityDto: {
            /** @enum {string} */
            kind: "page" | "video" | "file" | "quiz";
            title: string;
            /** @description Por omisión: true */
            required?: boolean;
            /** @description Markdown: la página, o las indicaciones de un video, archivo o cuestionario (por omisión: vacío) */
            body?: string;
            /** @description Solo videos: dirección https:// */
            videoUrl?: string | null;
            /** @description Solo cuestionarios: intentos permitidos (vacío: sin límite) */
            maxAttempts?: number | null;
            /** @description Solo cuestionarios: nota de aprobación (0–100; por omisión, la del curso) */
            passingScore?: number | null;
            estimatedMinutes?: number | null;
        };
        ActivityOrderDto: {
            /** @description Todas las actividades del módulo, en el nuevo orden */
            activityIds: string[];
        };
        UpdateActivityDto: {
            title?: string;
            /** @description Por omisión: true */
            required?: boolean;
            /** @description Markdown: la página, o las indicaciones de un video, archivo o cuestionario (por omisión: vacío) */
            body?: string;
            /** @description Solo videos: dirección https:// */
            videoUrl?: string | null;
            /** @description Solo cuestionarios: intentos permitidos (vacío: sin límite) */
            maxAttempts?: number | null;
            /** @description Solo cuestionarios: nota de aprobación (0–100; por omisión, la del curso) */
            passingScore?: number | null;
            estimatedMinutes?: number | null;
            /**
             * Format: uuid
             * @description Mover a otro módulo de la misma versión (al final)
             */
            moduleId?: string;
        };
        QuestionOptionInputDto: {
            /** @description Se conserva si se envía; si no, se asigna uno */
            id?: string;
            text: string;
            correct: boolean;
        };
        QuestionInputDto: {
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer";
            prompt: string;
            /** @description Verdadero/falso: [Verdadero, Falso], marcando la correcta */
            options?: components["schemas"]["QuestionOptionInputDto"][];
            /** @description Respuesta corta: respuestas aceptadas (sin distinguir mayúsculas ni tildes) */
            acceptedAnswers?: string[];
            /** @description Por omisión: 1 */
            points?: number;
            feedback?: string | null;
        };
        QuizQuestionsDto: {
            questions: components["schemas"]["QuestionInputDto"][];
        };
        CohortFacilitatorDto: {
            /** Format: uuid */
            id: string;
            /** @example Ana Quispe Mamani */
            name: string;
        };
        CohortSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            /**
             * @description Gestión, versión y paralelo
             * @example 2026 · V1 · A
             */
            label: string;
            /** @example 2026 */
            gestion: number;
            /**
             * @description Versión
             * @example 1
             */
            edition: number;
            /**
             * @description Paralelo
             * @example A
             */
            parallel: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /** @description Plazas ocupadas (inscripciones que ocupan plaza) */
            seatsTaken: number;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            venue: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            /** @description La inscripción está abierta hoy (hora de La Paz) */
            enrolmentOpen: boolean;
            facilitators: components["schemas"]["CohortFacilitatorDto"][];
            sessionCount: number;
        };
        CreateCohortDto: {
            /** @example 2026 */
            gestion: number;
            /**
             * @description Versión; por omisión, la siguiente libre del curso en la gestión
             * @example 1
             */
            edition?: number | null;
            /**
             * @description Paralelo; por omisión A
             * @example A
             */
            parallel?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /**
             * @description Por omisión, la del curso
             * @enum {string}
             */
            modality?: "in_person" | "online" | "blended";
            /** @example Aula EGM 1 */
            venue?: string | null;
            /** @description Personas activas con el rol de facilitador/a */
            facilitatorIds?: string[];
            notes?: string | null;
        };
        CohortCourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
        };
        CohortSessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cohortId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            title: string;
            /** @description Lugar propio de la sesión, si difiere del de la cohorte */
            venue: string | null;
            /** @description Lugar de la sesión o, si no tiene, el de la cohorte */
            effectiveVenue: string | null;
        };
        ConflictingSessionDto: {
            /** Format: uuid */
            sessionId: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            venue: string | null;
            /** Format: uuid */
            cohortId: string;
            cohortLabel: string;
            /** Format: uuid */
            courseId: string;
            courseCode: string;
            courseTitle: string;
        };
        CohortConflictDto: {
            /** @enum {string} */
            kind: "facilitator" | "venue";
            /** @description Explicación en castellano */
            message: string;
            /** Format: uuid */
            sessionId: string;
            sessionTitle: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Facilitador/a con dos sesiones a la vez (tipo facilitator) */
            facilitator: components["schemas"]["CohortFacilitatorDto"] | null;
            /** @description Lugar ocupado dos veces (tipo venue) */
            venue: string | null;
            other: components["schemas"]["ConflictingSessionDto"];
        };
        SavedCohortDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            /**
             * @description Gestión, versión y paralelo
             * @example 2026 · V1 · A
             */
            label: string;
            /** @example 2026 */
            gestion: number;
            /**
             * @description Versión
             * @example 1
             */
            edition: number;
            /**
             * @description Paralelo
             * @example A
             */
            parallel: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /** @description Plazas ocupadas (inscripciones que ocupan plaza) */
            seatsTaken: number;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            venue: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            /** @description La inscripción está abierta hoy (hora de La Paz) */
            enrolmentOpen: boolean;
            facilitators: components["schemas"]["CohortFacilitatorDto"][];
            sessionCount: number;
            course: components["schemas"]["CohortCourseDto"];
            /** @description Versión del contenido del curso que usa la cohorte */
            versionNumber: number;
            notes: string | null;
            sessions: components["schemas"]["CohortSessionDto"][];
            /** @description Cruces de horario actuales de sus sesiones */
            conflicts: components["schemas"]["CohortConflictDto"][];
            warnings: components["schemas"]["CohortConflictDto"][];
        };
        CohortDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            /**
             * @description Gestión, versión y paralelo
             * @example 2026 · V1 · A
             */
            label: string;
            /** @example 2026 */
            gestion: number;
            /**
             * @description Versión
             * @example 1
             */
            edition: number;
            /**
             * @description Paralelo
             * @example A
             */
            parallel: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /** @description Plazas ocupadas (inscripciones que ocupan plaza) */
            seatsTaken: number;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            venue: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            /** @description La inscripción está abierta hoy (hora de La Paz) */
            enrolmentOpen: boolean;
            facilitators: components["schemas"]["CohortFacilitatorDto"][];
            sessionCount: number;
            course: components["schemas"]["CohortCourseDto"];
            /** @description Versión del contenido del curso que usa la cohorte */
            versionNumber: number;
            notes: string | null;
            sessions: components["schemas"]["CohortSessionDto"][];
            /** @description Cruces de horario actuales de sus sesiones */
            conflicts: components["schemas"]["CohortConflictDto"][];
        };
        UpdateCohortDto: {
            /** @example 2026 */
            gestion?: number;
            /**
             * @description Versión; por omisión, la siguiente libre del curso en la gestión
             * @example 1
             */
            edition?: number | null;
            /**
             * @description Paralelo; por omisión A
             * @example A
             */
            parallel?: string;
            /** Format: date */
            startsOn?: string;
            /** Format: date */
            endsOn?: string;
            /** Format: date */
            enrolmentOpensOn?: string;
            /** Format: date */
            enrolmentClosesOn?: string;
            capacity?: number;
            /**
             * @description Por omisión, la del curso
             * @enum {string}
             */
            modality?: "in_person" | "online" | "blended";
            /** @example Aula EGM 1 */
            venue?: string | null;
            /** @description Personas activas con el rol de facilitador/a */
            facilitatorIds?: string[];
            notes?: string | null;
        };
        CreateCohortSessionDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T08:30:00-04:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-03-02T12:30:00-04:00
             */
            endsAt: string;
            /** @example Sesión 1: diagnóstico participativo */
            title: string;
            /** @description Solo si difiere del lugar de la cohorte */
            venue?: string | null;
        };
        SavedCohortSessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cohortId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            title: string;
            /** @description Lugar propio de la sesión, si difiere del de la cohorte */
            venue: string | null;
            /** @description Lugar de la sesión o, si no tiene, el de la cohorte */
            effectiveVenue: string | null;
            warnings: components["schemas"]["CohortConflictDto"][];
        };
        CreateCohortSessionSeriesDto: {
            /**
             * Format: date
             * @description Primer día de la serie
             */
            from: string;
            /**
             * Format: date
             * @description Último día de la serie (inclusive)
             */
            to: string;
            /** @description Días de la semana ISO: 1 lunes … 7 domingo */
            weekdays: (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
            /**
             * @description Hora de inicio en La Paz (HH:MM)
             * @example 18:30
             */
            startTime: string;
            /**
             * @description Hora de término en La Paz (HH:MM)
             * @example 21:00
             */
            endTime: string;
            /**
             * @description Título de cada sesión; por omisión «Sesión»
             * @example Sesión
             */
            title?: string;
            venue?: string | null;
        };
        CohortSessionSeriesResultDto: {
            sessions: components["schemas"]["CohortSessionDto"][];
            warnings: components["schemas"]["CohortConflictDto"][];
        };
        UpdateCohortSessionDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T08:30:00-04:00
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @example 2026-03-02T12:30:00-04:00
             */
            endsAt?: string;
            /** @example Sesión 1: diagnóstico participativo */
            title?: string;
            /** @description Solo si difiere del lugar de la cohorte */
            venue?: string | null;
        };
        CalendarCohortDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
        };
        CalendarCourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
        };
        CalendarSessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            title: string;
            /** @description Lugar de la sesión o, si no tiene, el de la cohorte */
            venue: string | null;
            cohort: components["schemas"]["CalendarCohortDto"];
            course: components["schemas"]["CalendarCourseDto"];
            facilitators: components["schemas"]["CohortFacilitatorDto"][];
            /** @description Se cruza con otra sesión que comparte facilitador/a o lugar */
            conflict: boolean;
        };
        CatalogueFrameworkRefDto: {
            /** Format: uuid */
            id: string;
            /** @example A08 */
            code: string;
            /** @example Medio ambiente y gestión de riesgos */
            name: string;
        };
        CatalogueCohortSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /** @description Plazas libres: capacidad menos inscripciones que ocupan plaza */
            seatsLeft: number;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            venue: string | null;
            /** @description Inscripciones abiertas hoy (hora de La Paz) */
            enrolmentOpen: boolean;
        };
        CatalogueHighlightDto: {
            /** @description Posición (caracteres UTF-16) en el texto */
            start: number;
            length: number;
        };
        CatalogueHeadlineDto: {
            text: string;
            highlights: components["schemas"]["CatalogueHighlightDto"][];
        };
        CatalogueCourseSummaryDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            summary: string;
            area: components["schemas"]["CatalogueFrameworkRefDto"];
            subArea: components["schemas"]["CatalogueFrameworkRefDto"] | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            workloadHours: number;
            /** @enum {string} */
            certificateKind: "approval" | "participation";
            /**
             * @example [
             *       "11.5",
             *       "13.1"
             *     ]
             */
            sdgTargets: string[];
            /** @description Competencias que otorga */
            competencyCount: number;
            /** @description La cohorte abierta más próxima, o la siguiente */
            nextCohort: components["schemas"]["CatalogueCohortSummaryDto"] | null;
            /** @description Cohortes con inscripciones abiertas hoy */
            openCohortCount: number;
            /** @description Fragmento de la descripción con las palabras buscadas */
            headline: components["schemas"]["CatalogueHeadlineDto"] | null;
        };
        CataloguePageDto: {
            items: components["schemas"]["CatalogueCourseSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CatalogueCompetencyDto: {
            /** Format: uuid */
            id: string;
            /** @example A08.2.1 */
            code: string;
            name: string;
            /**
             * @description 1 básico, 2 intermedio, 3 avanzado
             * @enum {number}
             */
            level: 1 | 2 | 3;
        };
        CataloguePrerequisiteDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            /** @description Está publicado en el catálogo (se puede abrir) */
            inCatalogue: boolean;
        };
        CatalogueActivityDto: {
            title: string;
            /** @enum {string} */
            kind: "page" | "video" | "file" | "quiz";
            required: boolean;
            estimatedMinutes: number | null;
            /** @description Cuestionarios: número de preguntas */
            questionCount: number | null;
        };
        CatalogueModuleDto: {
            position: number;
            title: string;
            summary: string;
            activities: components["schemas"]["CatalogueActivityDto"][];
        };
        CatalogueOutlineDto: {
            /** @description Versión del contenido que usa la cohorte abierta o próxima */
            versionNumber: number;
            modules: components["schemas"]["CatalogueModuleDto"][];
        };
        CatalogueSessionDto: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            title: string;
            venue: string | null;
        };
        CatalogueCohortDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolmentOpensOn: string;
            /** Format: date */
            enrolmentClosesOn: string;
            capacity: number;
            /** @description Plazas libres: capacidad menos inscripciones que ocupan plaza */
            seatsLeft: number;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            venue: string | null;
            /** @description Inscripciones abiertas hoy (hora de La Paz) */
            enrolmentOpen: boolean;
            /** @description Nombres de quienes facilitan */
            facilitators: string[];
            sessions: components["schemas"]["CatalogueSessionDto"][];
            /**
             * @description Calendario de las sesiones (iCalendar)
             * @example /api/public/cohorts/…/calendar.ics
             */
            icsUrl: string;
        };
        CatalogueCourseDetailDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            summary: string;
            /** @description Descripción en HTML (markdown sin HTML propio) */
            descriptionHtml: string;
            area: components["schemas"]["CatalogueFrameworkRefDto"];
            subArea: components["schemas"]["CatalogueFrameworkRefDto"] | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            workloadHours: number;
            passingScore: number;
            minAttendance: number;
            /** @description La asistencia mínima cuenta para aprobar (solo presencial y semipresencial) */
            attendanceRequired: boolean;
            /** @enum {string} */
            certificateKind: "approval" | "participation";
            /** @description La solicitud necesita el aval del enlace municipal */
            requiresEndorsement: boolean;
            sdgTargets: string[];
            competencies: components["schemas"]["CatalogueCompetencyDto"][];
            prerequisites: components["schemas"]["CataloguePrerequisiteDto"][];
            outline: components["schemas"]["CatalogueOutlineDto"] | null;
            /** @description Cohortes abiertas o próximas */
            cohorts: components["schemas"]["CatalogueCohortDto"][];
        };
        LearningCourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
        };
        LearningCohortDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
        };
        CompletionCheckDto: {
            /** @description Cumple las tres condiciones */
            met: boolean;
            activitiesMet: boolean;
            scoreMet: boolean;
            attendanceMet: boolean;
            /** @description Nota final (0–100); null si el curso no tiene nada calificado */
            finalScore: number | null;
            /** @description Asistencia (%); null si no se exige o no hay sesiones */
            attendanceRate: number | null;
            attendanceRequired: boolean;
            passingScore: number;
            minAttendance: number;
            requiredActivities: number;
            requiredDone: number;
        };
        LearningEnrolmentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            course: components["schemas"]["LearningCourseDto"];
            cohort: components["schemas"]["LearningCohortDto"];
            /** @description Actividades obligatorias hechas sobre el total (0–100) */
            progressPercent: number;
            finalScore: number | null;
            attendanceRate: number | null;
            /**
             * Format: uuid
             * @description Dónde retomar: la última actividad abierta o la primera sin completar
             */
            resumeActivityId: string | null;
            /** @description El reproductor abre el contenido (inscrita, en curso, aprobada o reprobada) */
            canOpen: boolean;
            /** @description Solo consulta: ya aprobó o reprobó */
            readOnly: boolean;
            completion: components["schemas"]["CompletionCheckDto"];
        };
        OutlineActivityDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "page" | "video" | "file" | "quiz";
            title: string;
            required: boolean;
            estimatedMinutes: number | null;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "completed" | "failed";
            bestScore: number | null;
            attemptsUsed: number;
            /** @description Intentos permitidos (cuestionarios); null: sin límite */
            maxAttempts: number | null;
            timeSpentSeconds: number;
        };
        OutlineModuleDto: {
            /** Format: uuid */
            id: string;
            title: string;
            summary: string;
            activities: components["schemas"]["OutlineActivityDto"][];
        };
        LearningOutlineDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            course: components["schemas"]["LearningCourseDto"];
            cohort: components["schemas"]["LearningCohortDto"];
            /** @description Actividades obligatorias hechas sobre el total (0–100) */
            progressPercent: number;
            finalScore: number | null;
            attendanceRate: number | null;
            /**
             * Format: uuid
             * @description Dónde retomar: la última actividad abierta o la primera sin completar
             */
            resumeActivityId: string | null;
            /** @description El reproductor abre el contenido (inscrita, en curso, aprobada o reprobada) */
            canOpen: boolean;
            /** @description Solo consulta: ya aprobó o reprobó */
            readOnly: boolean;
            completion: components["schemas"]["CompletionCheckDto"];
            modules: components["schemas"]["OutlineModuleDto"][];
        };
        LearnerFileDto: {
            name: string;
            type: string;
            size: number;
        };
        LearnerOptionDto: {
            id: string;
            text: string;
        };
        LearnerQuestionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer";
            prompt: string;
            points: number;
            /** @description Vacío en respuesta corta */
            options: components["schemas"]["LearnerOptionDto"][];
        };
        AttemptSummaryDto: {
            /** Format: uuid */
            id: string;
            number: number;
            score: number;
            passed: boolean;
            /** Format: date-time */
            submittedAt: string;
        };
        LearnerQuizDto: {
            questions: components["schemas"]["LearnerQuestionDto"][];
            /** @description null: sin límite */
            maxAttempts: number | null;
            attemptsUsed: number;
            /** @description null: sin límite */
            attemptsLeft: number | null;
            /** @description Nota mínima del cuestionario (o, si no tiene, la del curso) */
            passingScore: number;
            bestScore: number | null;
            attempts: components["schemas"]["AttemptSummaryDto"][];
        };
        ActivityProgressDto: {
            /** Format: uuid */
            activityId: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "completed" | "failed";
            timeSpentSeconds: number;
            /** @description Posición dentro de la actividad, tal como la envió el cliente */
            position: Record<string, never> | null;
            /** Format: date-time */
            completedAt: string | null;
        };
        ActivityContentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /** @enum {string} */
            kind: "page" | "video" | "file" | "quiz";
            title: string;
            required: boolean;
            estimatedMinutes: number | null;
            /** @description HTML saneado: la página o las indicaciones de la actividad */
            html: string;
            videoUrl: string | null;
            file: components["schemas"]["LearnerFileDto"] | null;
            quiz: components["schemas"]["LearnerQuizDto"] | null;
            progress: components["schemas"]["ActivityProgressDto"];
            /** @description Solo consulta: ya aprobó o reprobó */
            readOnly: boolean;
        };
        SaveProgressDto: {
            /**
             * @description Nunca retrocede: un envío viejo o repetido no deshace uno posterior
             * @enum {string}
             */
            status?: "in_progress" | "completed";
            /** @description Tiempo TOTAL en la actividad según el cliente (segundos); se guarda el mayor */
            timeSpentSeconds?: number;
            /** @description Posición dentro de la actividad (p. ej. { "seconds": 120 }), hasta 2000 caracteres en JSON */
            position?: Record<string, never>;
        };
        SavedProgressDto: {
            /** Format: uuid */
            activityId: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "completed" | "failed";
            timeSpentSeconds: number;
            /** @description Posición dentro de la actividad, tal como la envió el cliente */
            position: Record<string, never> | null;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * @description Estado de la inscripción tras guardar (p. ej. passed si ya cumple la regla)
             * @enum {string}
             */
            enrolmentStatus: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
        };
        AnswerDto: {
            /** Format: uuid */
            questionId: string;
            /** @description Opciones elegidas (opción única, múltiple, verdadero/falso) */
            optionIds?: string[];
            /** @description Respuesta corta */
            text?: string;
            /** @description Verdadero/falso */
            value?: boolean;
        };
        SubmitAttemptDto: {
            /**
             * Format: uuid
             * @description Lo genera el cliente una vez por intento y lo repite al reintentar el envío
             */
            attemptId: string;
            answers: components["schemas"]["AnswerDto"][];
        };
        QuestionResultDto: {
            /** Format: uuid */
            questionId: string;
            correct: boolean;
            feedback: string | null;
        };
        AttemptResultDto: {
            /** Format: uuid */
            attemptId: string;
            number: number;
            /** @description 0–100, un decimal */
            score: number;
            passed: boolean;
            passingScore: number;
            questions: components["schemas"]["QuestionResultDto"][];
            attemptsUsed: number;
            /** @description null: sin límite */
            maxAttempts: number | null;
            /** @description null: sin límite */
            attemptsLeft: number | null;
            bestScore: number | null;
            /** @enum {string} */
            progressStatus: "not_started" | "in_progress" | "completed" | "failed";
            /** @enum {string} */
            enrolmentStatus: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            /** @description El intento ya estaba registrado: es la respuesta a un reenvío */
            replayed: boolean;
        };
        PersonRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ProfileCompetencyDto: {
            competency: components["schemas"]["FrameworkRefDto"];
            /** @description Retirada del marco (la evidencia sigue valiendo) */
            retired: boolean;
            subArea: components["schemas"]["FrameworkRefDto"] | null;
            area: components["schemas"]["FrameworkRefDto"] | null;
            /**
             * @description El nivel más alto de sus evidencias
             * @enum {number}
             */
            level: 1 | 2 | 3;
            /**
             * Format: date
             * @description Fecha de la evidencia más reciente
             */
            lastAwardedOn: string;
            evidenceCount: number;
        };
        RecordCourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
        };
        RecordCohortDto: {
            /** Format: uuid */
            id: string;
            label: string;
        };
        CompetencyRecordDto: {
            /** Format: uuid */
            id: string;
            competency: components["schemas"]["FrameworkRefDto"];
            /** @enum {number} */
            level: 1 | 2 | 3;
            /** @enum {string} */
            source: "course" | "internship" | "manual";
            course: components["schemas"]["RecordCourseDto"] | null;
            cohort: components["schemas"]["RecordCohortDto"] | null;
            note: string | null;
            evidenceUrl: string | null;
            /** Format: date */
            awardedOn: string;
            /** @description Quién la registró (coordinación) o aprobó el curso */
            awardedBy: components["schemas"]["PersonRefDto"] | null;
        };
        CompetencyProfileDto: {
            person: components["schemas"]["PersonRefDto"];
            /** @description Una entrada por competencia, con el nivel más alto */
            competencies: components["schemas"]["ProfileCompetencyDto"][];
            /** @description Evidencias, de la más reciente a la más antigua */
            records: components["schemas"]["CompetencyRecordDto"][];
        };
        CreateCompetencyRecordDto: {
            /**
             * Format: uuid
             * @description Una competencia vigente del marco
             */
            competencyId: string;
            /** @enum {number} */
            level: 1 | 2 | 3;
            /** @description Por qué se reconoce (obligatoria) */
            note: string;
            /** @description Enlace a la evidencia (https://) */
            evidenceUrl?: string;
            /**
             * Format: date
             * @description Por omisión, hoy (La Paz); no puede ser futura
             */
            awardedOn?: string;
        };
        HostUnitCompetencyDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            level: number;
        };
        HostUnitTutorDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        HostUnitDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            places: number;
            /** @description Plazas ocupadas por asignaciones confirmadas */
            placesTaken: number;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            competencies: components["schemas"]["HostUnitCompetencyDto"][];
            tutors: components["schemas"]["HostUnitTutorDto"][];
        };
        InternshipCallDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 */
            gestion: number;
            title: string;
            description: string;
            requirements: string;
            /** Format: date */
            opensOn: string;
            /** Format: date */
            closesOn: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /** @description Recibe postulaciones hoy (hora de La Paz) */
            open: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Postulaciones recibidas (no retiradas); solo para coordinación, 0 para los demás */
            applicationCount: number;
            hostUnits: components["schemas"]["HostUnitDto"][];
        };
        TutorOptionDto: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        HostUnitCompetencyInputDto: {
            /** Format: uuid */
            competencyId: string;
            level: number;
        };
        HostUnitInputDto: {
            /**
             * Format: uuid
             * @description Unidad existente que se edita; sin id, una nueva
             */
            id?: string;
            /** @example Dirección de Catastro */
            name: string;
            description?: string;
            places: number;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            competencies?: components["schemas"]["HostUnitCompetencyInputDto"][];
            /** @description Personas activas con el rol de tutor/a */
            tutorIds?: string[];
        };
        CreateInternshipCallDto: {
            /** @example 2026 */
            gestion: number;
            /** @example Pasantías municipales 2026 */
            title: string;
            description?: string;
            requirements?: string;
            /**
             * Format: date
             * @description Primer día de postulación
             */
            opensOn: string;
            /**
             * Format: date
             * @description Último día de postulación
             */
            closesOn: string;
            /** @description Unidades que ofrece; al editar, reemplaza la lista completa */
            hostUnits?: components["schemas"]["HostUnitInputDto"][];
        };
        UpdateInternshipCallDto: {
            /** @example 2026 */
            gestion?: number;
            /** @example Pasantías municipales 2026 */
            title?: string;
            description?: string;
            requirements?: string;
            /**
             * Format: date
             * @description Primer día de postulación
             */
            opensOn?: string;
            /**
             * Format: date
             * @description Último día de postulación
             */
            closesOn?: string;
            /** @description Unidades que ofrece; al editar, reemplaza la lista completa */
            hostUnits?: components["schemas"]["HostUnitInputDto"][];
        };
        ApplicationPersonDto: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            gender: string;
            municipalityName: string | null;
            department: string | null;
            position: string | null;
        };
        ApplicationPreferenceDto: {
            rank: number;
            /** Format: uuid */
            hostUnitId: string;
            hostUnitName: string;
        };
        InternshipApplicationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            callTitle: string;
            /** @description La convocatoria recibe postulaciones y cambios hoy */
            callOpen: boolean;
            applicant: components["schemas"]["ApplicationPersonDto"];
            /** Format: uuid */
            municipalityId: string | null;
            motivation: string;
            /** @enum {string} */
            status: "submitted" | "placed" | "not_placed" | "withdrawn";
            /** @enum {string} */
            endorsement: "pending" | "endorsed" | "letter" | "declined";
            endorsedByName: string | null;
            /** Format: date-time */
            endorsedAt: string | null;
            /** @description Motivo de «No avalar» */
            endorsementNote: string | null;
            letterFileName: string | null;
            letterFileSize: number | null;
            /** @description Prioridad fijada por coordinación (mayor primero) */
            priority: number;
            /** Format: date-time */
            submittedAt: string;
            preferences: components["schemas"]["ApplicationPreferenceDto"][];
        };
        CreateApplicationDto: {
            /** @description Por qué postula */
            motivation: string;
            /** @description De 1 a 3 unidades distintas de la convocatoria, la más deseada primero */
            preferences: string[];
        };
        UpdateApplicationDto: {
            motivation?: string;
            preferences?: string[];
        };
        DeclineEndorsementDto: {
            /** @description Motivo, que verá la persona */
            reason: string;
        };
        PlacementExecutionSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "in_progress" | "report_submitted" | "approved" | "not_approved" | "withdrawn";
            intern: components["schemas"]["PersonRefDto"];
            /** @description Municipio de origen del pasante */
            municipality: string | null;
            /** @description Convocatoria */
            call: string;
            /** Format: uuid */
            hostUnitId: string;
            /** @description Unidad receptora */
            hostUnit: string;
            tutor: components["schemas"]["PersonRefDto"] | null;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description Horas de entradas validadas */
            validatedHours: number;
            /** @description Horas de entradas por revisar (presentadas) */
            submittedHours: number;
            /** @description Entradas por revisar */
            pendingEntries: number;
        };
        RubricLevelDto: {
            /** Format: uuid */
            competencyId: string;
            /**
             * @description 0 = no alcanzado; 1–3 = nivel alcanzado
             * @enum {number}
             */
            level: 0 | 1 | 2 | 3;
        };
        EvaluationViewDto: {
            levels: components["schemas"]["RubricLevelDto"][];
            score: number;
            /** @enum {string} */
            verdict: "approved" | "not_approved";
            comment: string;
            /** Format: date-time */
            evaluatedAt: string | null;
        };
        PlacementCompetencyDto: {
            /** Format: uuid */
            id: string;
            /** @example GP-01 */
            code: string;
            name: string;
            /** @description Nivel esperado por la unidad (1–3) */
            expectedLevel: number;
        };
        LogbookEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            placementId: string;
            /** Format: date */
            entryDate: string;
            /** @example 6.5 */
            hours: number;
            activities: string;
            learnings: string;
            /** @enum {string} */
            status: "submitted" | "validated" | "returned";
            /** @description Comentario del tutor al devolver o validar */
            tutorComment: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PlacementCertificateRefDto: {
            /** Format: uuid */
            id: string;
            /** @example EGM-2026-000123 */
            serial: string;
            /** @enum {string} */
            status: "valid" | "revoked" | "superseded";
            /**
             * @description Código de verificación: solo para el pasante y para quienes gestionan certificados (coordinación, administración)
             * @example 7KQ2M9XD4HTC
             */
            verificationCode: string | null;
        };
        PlacementActionsDto: {
            /** @description Puede redactar y acordar el plan de trabajo */
            editPlan: boolean;
            /** @description Puede registrar y corregir entradas de la bitácora */
            writeLogbook: boolean;
            /** @description Puede validar o devolver entradas */
            review: boolean;
            /** @description Puede presentar el informe final */
            submitReport: boolean;
            /** @description Puede evaluar la pasantía */
            evaluate: boolean;
        };
        PlacementExecutionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "in_progress" | "report_submitted" | "approved" | "not_approved" | "withdrawn";
            intern: components["schemas"]["PersonRefDto"];
            /** @description Municipio de origen del pasante */
            municipality: string | null;
            /** @description Convocatoria */
            call: string;
            /** Format: uuid */
            hostUnitId: string;
            /** @description Unidad receptora */
            hostUnit: string;
            tutor: components["schemas"]["PersonRefDto"] | null;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description Horas de entradas validadas */
            validatedHours: number;
            /** @description Horas de entradas por revisar (presentadas) */
            submittedHours: number;
            /** @description Entradas por revisar */
            pendingEntries: number;
            workPlan: string;
            /** Format: date-time */
            workPlanAgreedAt: string | null;
            finalReport: string | null;
            improvementProposal: string | null;
            /** Format: date-time */
            reportSubmittedAt: string | null;
            evaluation: components["schemas"]["EvaluationViewDto"] | null;
            competencies: components["schemas"]["PlacementCompetencyDto"][];
            entries: components["schemas"]["LogbookEntryDto"][];
            certificate: components["schemas"]["PlacementCertificateRefDto"] | null;
            can: components["schemas"]["PlacementActionsDto"];
        };
        SaveWorkPlanDto: {
            /** @description Plan de trabajo acordado con el pasante */
            workPlan: string;
            /** @description Marcarlo como acordado: la pasantía pasa a "en curso" */
            agreed?: boolean;
        };
        LogbookEntryInputDto: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            entryDate: string;
            /**
             * @description Horas (una cifra decimal), más de 0; con las demás del día, como máximo 24
             * @example 6.5
             */
            hours: number;
            activities: string;
            /** @description Lo que aprendió */
            learnings?: string;
        };
        ReturnLogbookEntryDto: {
            /** @description Qué debe corregir el pasante */
            comment: string;
        };
        FinalReportDto: {
            /** @description Informe final (al menos 100 caracteres) */
            finalReport: string;
            /** @description Propuesta de mejora para el municipio de origen (al menos 50 caracteres) */
            improvementProposal: string;
        };
        EvaluatePlacementDto: {
            /** @description Un nivel por cada competencia de la unidad receptora */
            levels: components["schemas"]["RubricLevelDto"][];
            /** @example 85 */
            score: number;
            /**
             * @description Aprobar exige un puntaje de al menos 70
             * @enum {string}
             */
            verdict: "approved" | "not_approved";
            comment?: string;
        };
        SelectionCallDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @example 2026 */
            gestion: number;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
        };
        SelectionTutorDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SelectionUnitDto: {
            /** Format: uuid */
            id: string;
            name: string;
            places: number;
            /** @description Plazas ocupadas por asignaciones no retiradas */
            taken: number;
            /** @description Plazas libres */
            remaining: number;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description Tutores de la unidad; el primero es el que se asigna por defecto */
            tutors: components["schemas"]["SelectionTutorDto"][];
        };
        SelectionPreferenceDto: {
            rank: number;
            /** Format: uuid */
            hostUnitId: string;
            hostUnitName: string;
        };
        SelectionPlacementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            hostUnitId: string;
            hostUnitName: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "in_progress" | "report_submitted" | "approved" | "not_approved" | "withdrawn";
            tutorName: string | null;
        };
        SelectionApplicationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicantId: string;
            applicantName: string;
            email: string;
            /** @enum {string} */
            gender: "female" | "male" | "other" | "undisclosed";
            /** Format: uuid */
            municipalityId: string | null;
            municipality: string | null;
            /** @description Código del departamento (LP, CB, …) */
            department: string | null;
            motivation: string;
            /** @enum {string} */
            status: "submitted" | "placed" | "not_placed" | "withdrawn";
            /** @enum {string} */
            endorsement: "pending" | "endorsed" | "letter" | "declined";
            /** @description Prioridad fijada por la coordinación: mayor elige antes */
            priority: number;
            /** Format: date-time */
            submittedAt: string;
            preferences: components["schemas"]["SelectionPreferenceDto"][];
            placement: components["schemas"]["SelectionPlacementDto"] | null;
        };
        SelectionDto: {
            call: components["schemas"]["SelectionCallDto"];
            units: components["schemas"]["SelectionUnitDto"][];
            applications: components["schemas"]["SelectionApplicationDto"][];
        };
        SetPriorityDto: {
            /** @description Mayor prioridad elige antes; 0 por defecto */
            priority: number;
        };
        ProposedAssignmentDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            hostUnitId: string;
            /** @description Lugar de la unidad entre las preferencias de la persona (1–3) */
            preferenceRank: number | null;
        };
        ProposalDto: {
            assignments: components["schemas"]["ProposedAssignmentDto"][];
            /** @description Postulaciones sin unidad con plaza entre sus preferencias, en orden de turno */
            unplaced: string[];
            /** @description Orden de turno: prioridad y luego llegada */
            order: string[];
        };
        ConfirmAssignmentDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            hostUnitId: string;
            /**
             * Format: uuid
             * @description Tutor/a de la unidad; por defecto, el primero de la unidad
             */
            tutorId?: string;
        };
        ConfirmPlacementsDto: {
            assignments: components["schemas"]["ConfirmAssignmentDto"][];
            /** @description Postulaciones que quedan sin asignación (se les avisa) */
            notPlaced: string[];
        };
        ConfirmResultDto: {
            placed: number;
            notPlaced: number;
        };
        FollowUpPlacementDto: {
            /** Format: uuid */
            placementId: string;
            /** Format: uuid */
            callId: string;
            callTitle: string;
            internName: string;
            municipality: string | null;
            /** Format: uuid */
            municipalityId: string | null;
            department: string | null;
            /** Format: uuid */
            hostUnitId: string;
            hostUnit: string;
            /** @enum {string} */
            placementStatus: "proposed" | "confirmed" | "in_progress" | "report_submitted" | "approved" | "not_approved" | "withdrawn";
            /** @description Propuesta de mejora (completa) */
            proposal: string | null;
            /** @description Primeras 200 letras de la propuesta */
            proposalSummary: string;
            /**
             * @description Último seguimiento (el más reciente vale)
             * @enum {string|null}
             */
            latestStatus: "not_started" | "in_progress" | "implemented" | null;
            /** Format: date-time */
            latestAt: string | null;
            /** @description Seguimientos registrados */
            followUpCount: number;
        };
        FollowUpDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "implemented";
            evidence: string;
            evidenceUrl: string | null;
            recordedBy: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        FollowUpDetailDto: {
            /** Format: uuid */
            placementId: string;
            /** Format: uuid */
            callId: string;
            callTitle: string;
            internName: string;
            municipality: string | null;
            /** Format: uuid */
            municipalityId: string | null;
            department: string | null;
            /** Format: uuid */
            hostUnitId: string;
            hostUnit: string;
            /** @enum {string} */
            placementStatus: "proposed" | "confirmed" | "in_progress" | "report_submitted" | "approved" | "not_approved" | "withdrawn";
            /** @description Propuesta de mejora (completa) */
            proposal: string | null;
            /** @description Primeras 200 letras de la propuesta */
            proposalSummary: string;
            /**
             * @description Último seguimiento (el más reciente vale)
             * @enum {string|null}
             */
            latestStatus: "not_started" | "in_progress" | "implemented" | null;
            /** Format: date-time */
            latestAt: string | null;
            /** @description Seguimientos registrados */
            followUpCount: number;
            /** @description Historial, del más reciente al más antiguo */
            history: components["schemas"]["FollowUpDto"][];
        };
        CreateFollowUpDto: {
            /**
             * @description not_started: no iniciada; in_progress: en curso; implemented: implementada
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "implemented";
            /** @description Qué se hizo y cómo se sabe */
            evidence: string;
            /** @description Enlace https a la evidencia (resolución, nota de prensa, documento) */
            evidenceUrl?: string;
        };
        ReportCallDto: {
            /** Format: uuid */
            id: string;
            title: string;
            gestion: number;
            status: string;
        };
        ReportFiguresDto: {
            /** @description Postulaciones (no retiradas) */
            applications: number;
            /** @description Asignaciones (pasantías no retiradas) */
            placements: number;
            /** @description Pasantías aprobadas */
            completions: number;
            /** @description Informes finales con propuesta de mejora */
            proposals: number;
            /** @description Propuestas cuyo último seguimiento dice «implementada» */
            implemented: number;
        };
        ReportRowDto: {
            /** @description Postulaciones (no retiradas) */
            applications: number;
            /** @description Asignaciones (pasantías no retiradas) */
            placements: number;
            /** @description Pasantías aprobadas */
            completions: number;
            /** @description Informes finales con propuesta de mejora */
            proposals: number;
            /** @description Propuestas cuyo último seguimiento dice «implementada» */
            implemented: number;
            /** @description Id del municipio o de la unidad, código del departamento o del género; `none` si falta */
            key: string;
            label: string;
        };
        ProposalStatusRowDto: {
            /** @enum {string} */
            status: "not_started" | "in_progress" | "implemented" | "none";
            label: string;
            count: number;
        };
        InternshipReportDto: {
            call: components["schemas"]["ReportCallDto"];
            totals: components["schemas"]["ReportFiguresDto"];
            byMunicipality: components["schemas"]["ReportRowDto"][];
            byDepartment: components["schemas"]["ReportRowDto"][];
            byGender: components["schemas"]["ReportRowDto"][];
            /** @description Postulaciones por unidad de 1.ª preferencia; asignaciones y aprobadas por unidad asignada */
            byHostUnit: components["schemas"]["ReportRowDto"][];
            /** @description Propuestas de mejora por estado de implementación (último seguimiento) */
            proposalStatus: components["schemas"]["ProposalStatusRowDto"][];
        };
        ReportFiltersDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            /** Format: uuid */
            municipalityId?: string;
            /** Format: uuid */
            areaId?: string;
            /** @enum {string} */
            modality?: "in_person" | "online" | "blended";
            /** Format: uuid */
            courseId?: string;
            /** @enum {string} */
            gender?: "female" | "male" | "other" | "undisclosed";
            /** @example 16.6 */
            sdgTarget?: string;
        };
        ReportScopeDto: {
            /** @enum {string} */
            kind: "everyone" | "municipality";
            /** Format: uuid */
            municipalityId?: string;
            municipalityName?: string;
        };
        DashboardFiguresDto: {
            /** @description Personas distintas con al menos un curso aprobado */
            officialsTrained: number;
            /** @description Inscripciones admitidas en cohortes que empiezan en el periodo */
            enrolments: number;
            /** @description Inscripciones aprobadas */
            completions: number;
            /** @description Aprobaciones / inscripciones (0..1) */
            completionRate: number;
            /** @description Σ carga horaria de los cursos aprobados */
            trainingHours: number;
            /** @description Certificados emitidos en el periodo (no reemplazados) */
            certificatesIssued: number;
            /** @description De ellos, revocados */
            certificatesRevoked: number;
            /** @description Pasantías aprobadas con evaluación en el periodo; null con un filtro de curso */
            internshipsCompleted: number | null;
            /** @description Informes finales con propuesta de mejora entregados en el periodo */
            proposalsProduced: number | null;
            /** @description De ellas, implementadas según el último seguimiento */
            proposalsImplemented: number | null;
        };
        DashboardBreakdownRowDto: {
            /** @description Código estable (género, departamento, id, modalidad, meta ODS); null = no registrado */
            key: string | null;
            label: string;
            /** @description Alguna cifra se ocultó (<5) para publicar */
            suppressed?: boolean;
            officialsTrained: number | null;
            enrolments: number | null;
            completions: number | null;
            completionRate: number | null;
            trainingHours: number | null;
            certificatesIssued: number | null;
            certificatesRevoked: number | null;
            internshipsCompleted: number | null;
            proposalsProduced: number | null;
            proposalsImplemented: number | null;
        };
        DashboardBreakdownDto: {
            /** @enum {string} */
            dimension: "gender" | "department" | "municipality" | "area" | "modality" | "sdg";
            /** @description Si las filas suman el total (no en metas ODS: un curso atiende varias) */
            additive: boolean;
            rows: components["schemas"]["DashboardBreakdownRowDto"][];
        };
        HeatmapAreaDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        HeatmapMunicipalityDto: {
            /** Format: uuid */
            id: string | null;
            name: string;
            /** @enum {string|null} */
            department: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
        };
        HeatmapCellDto: {
            /** Format: uuid */
            municipalityId: string | null;
            /** Format: uuid */
            areaId: string;
            completions: number;
            officialsTrained: number;
        };
        CoverageHeatmapDto: {
            areas: components["schemas"]["HeatmapAreaDto"][];
            municipalities: components["schemas"]["HeatmapMunicipalityDto"][];
            /** @description Solo celdas con aprobaciones */
            cells: components["schemas"]["HeatmapCellDto"][];
        };
        MonthlyTrendRowDto: {
            /**
             * @description AAAA-MM
             * @example 2026-03
             */
            month: string;
            enrolments: number;
            completions: number;
            trainingHours: number;
            certificatesIssued: number;
            internshipsCompleted: number | null;
        };
        DashboardReportDto: {
            filters: components["schemas"]["ReportFiltersDto"];
            scope: components["schemas"]["ReportScopeDto"];
            /** @description Si se ocultaron las celdas pequeñas del desglose por género */
            suppressed: boolean;
            /** Format: date-time */
            generatedAt: string;
            headline: components["schemas"]["DashboardFiguresDto"];
            breakdowns: components["schemas"]["DashboardBreakdownDto"][];
            heatmap: components["schemas"]["CoverageHeatmapDto"];
            /** @description Un mes por fila, todos los del periodo */
            monthly: components["schemas"]["MonthlyTrendRowDto"][];
        };
        DepartmentOptionDto: {
            /** @enum {string} */
            code: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            name: string;
        };
        MunicipalityOptionDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string|null} */
            department: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD" | null;
        };
        AreaOptionDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        CourseOptionDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            /** Format: uuid */
            areaId: string;
        };
        ReportPeriodDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        ReportOptionsDto: {
            scope: components["schemas"]["ReportScopeDto"];
            departments: components["schemas"]["DepartmentOptionDto"][];
            /** @description Solo los del alcance de quien consulta */
            municipalities: components["schemas"]["MunicipalityOptionDto"][];
            /** @description Áreas del marco de competencias */
            areas: components["schemas"]["AreaOptionDto"][];
            /** @description Cursos publicados o archivados */
            courses: components["schemas"]["CourseOptionDto"][];
            /**
             * @example [
             *       "5.5",
             *       "16.6"
             *     ]
             */
            sdgTargets: string[];
            /** @description La gestión en curso hasta hoy (La Paz) */
            defaultPeriod: components["schemas"]["ReportPeriodDto"];
        };
        ReportExportRequestDto: {
            /**
             * Format: date
             * @description Primer día del periodo (La Paz), inclusive
             */
            from: string;
            /**
             * Format: date
             * @description Último día del periodo (La Paz), inclusive
             */
            to: string;
            /**
             * @description Departamento del municipio de la persona
             * @enum {string}
             */
            department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
            /**
             * Format: uuid
             * @description Municipio de la persona
             */
            municipalityId?: string;
            /**
             * Format: uuid
             * @description Área de gestión (competencias) del curso
             */
            areaId?: string;
            /**
             * @description Modalidad en que se dictó la cohorte
             * @enum {string}
             */
            modality?: "in_person" | "online" | "blended";
            /**
             * Format: uuid
             * @description Curso
             */
            courseId?: string;
            /**
             * @description Género de la persona
             * @enum {string}
             */
            gender?: "female" | "male" | "other" | "undisclosed";
            /**
             * @description Meta ODS que atiende el curso
             * @example 16.6
             */
            sdgTarget?: string;
            /**
             * @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género
             * @default false
             */
            suppress: boolean;
            /**
             * @description Formato del archivo: CSV o Excel
             * @enum {string}
             */
            format: "csv" | "xlsx";
        };
        ReportExportResponseDto: {
            /** @description Filas (inscripciones) del archivo */
            rows: number;
            /**
             * Format: uuid
             * @description Tarea en segundo plano (siga su avance en GET /api/jobs/{id}); null si la descarga es directa
             */
            jobId: string | null;
            /**
             * @description Descarga directa (exportaciones pequeñas); null si corre como tarea
             * @example /api/reports/enrolments.csv?from=2025-01-01&to=2025-12-31
             */
            downloadPath: string | null;
        };
        EnrolmentPersonDto: {
            /** Format: uuid */
            id: string;
            fullName: string;
            email: string;
            /**
             * @description Cédula de identidad (número y complemento)
             * @example 4789123-1B
             */
            nationalId: string;
            /** Format: uuid */
            municipalityId: string | null;
            municipalityName: string | null;
        };
        EnrolmentCohortDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            /** @description La inscripción está abierta hoy (hora de La Paz) */
            enrolmentOpen: boolean;
            capacity: number;
            /** @description Plazas ocupadas */
            seatsTaken: number;
        };
        EnrolmentCourseDto: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            requiresEndorsement: boolean;
            requiresApproval: boolean;
        };
        EnrolmentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            /**
             * @description request: la persona la solicitó; bulk: la coordinación la inscribió
             * @enum {string}
             */
            source: "request" | "bulk";
            /**
             * @description Solicitud pendiente: espera el aval del municipio o la aprobación de la coordinación
             * @enum {string|null}
             */
            awaiting: "endorsement" | "approval" | null;
            /** @description Puesto en la lista de espera (1 = el siguiente), solo en lista de espera */
            waitlistPosition: number | null;
            /** @description Motivo del rechazo o del retiro por la coordinación */
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            endorsedAt: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            enrolledAt: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
            person: components["schemas"]["EnrolmentPersonDto"];
            cohort: components["schemas"]["EnrolmentCohortDto"];
            course: components["schemas"]["EnrolmentCourseDto"];
            /** @description Lo que quien consulta puede hacer ahora con esta inscripción */
            actions: ("request" | "endorse" | "approve" | "reject" | "withdraw" | "promote" | "start" | "pass" | "fail")[];
        };
        EnrolmentPageDto: {
            items: components["schemas"]["EnrolmentDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EnrolmentReasonDto: {
            /** @example No cumple el perfil requerido para la cohorte */
            reason: string;
        };
        WithdrawEnrolmentDto: {
            /** @description Obligatorio cuando retira a otra persona (coordinación) */
            reason?: string;
        };
        BulkEnrolDto: {
            /** @description Personas a inscribir, en orden (las que no alcancen plaza van a la lista de espera en este orden) */
            userIds: string[];
        };
        BulkEnrolResultDto: {
            dryRun: boolean;
            /** @description Personas leídas */
            rows: number;
            /** @description Inscritas con plaza (en una validación: las que la tendrían) */
            enrolled: number;
            /** @description En lista de espera por falta de plazas (en una validación: las que irían) */
            waitlisted: number;
        };
        TeachingSessionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        TeachingCohortDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            courseCode: string;
            courseTitle: string;
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            venue: string | null;
            /** @description Inscripciones que ocupan plaza (inscrito, en curso, aprobado, reprobado) */
            enrolledCount: number;
            /** @description Personas en lista de espera */
            waitlistedCount: number;
            sessionCount: number;
            /** @description El/la usuario/a facilita esta cohorte */
            teaching: boolean;
            /** @description Próxima sesión (o la de hoy, si aún no terminó) */
            nextSession: components["schemas"]["TeachingSessionDto"] | null;
            /** @description La sesión más reciente que ya empezó */
            lastSession: components["schemas"]["TeachingSessionDto"] | null;
        };
        SaveGradeDto: {
            /** @description Nota del facilitador (0–100, un decimal); null la quita */
            grade: number | null;
        };
        GradeResultDto: {
            /** Format: uuid */
            enrolmentId: string;
            facilitatorGrade: number | null;
            finalScore: number | null;
            /**
             * @description Estado tras aplicar la regla de aprobación
             * @enum {string}
             */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            /** @description Cumple la regla de aprobación */
            met: boolean;
        };
        AttendanceCountsDto: {
            present: number;
            absent: number;
            excused: number;
            /** @description Personas del listado aún sin marca */
            unmarked: number;
        };
        AttendanceRowDto: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            userId: string;
            /** @example Quispe Mamani, Ana */
            fullName: string;
            municipality: string | null;
            /** @enum {string} */
            enrolmentStatus: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            /**
             * @description null: aún sin marcar
             * @enum {string|null}
             */
            status: "present" | "absent" | "excused" | null;
            note: string | null;
            /** Format: date-time */
            markedAt: string | null;
        };
        AttendanceSheetDto: {
            /** Format: uuid */
            cohortId: string;
            cohortLabel: string;
            courseTitle: string;
            /** @enum {string} */
            cohortStatus: "scheduled" | "cancelled" | "closed";
            session: components["schemas"]["TeachingSessionDto"];
            /** @description La asistencia se puede guardar (cohorte programada) */
            editable: boolean;
            /** @description La sesión empieza en más de un día: solo se registran ausencias justificadas, una a una */
            onlyExcused: boolean;
            counts: components["schemas"]["AttendanceCountsDto"];
            rows: components["schemas"]["AttendanceRowDto"][];
        };
        AttendanceMarkDto: {
            /** Format: uuid */
            enrolmentId: string;
            /** @enum {string} */
            status: "present" | "absent" | "excused";
            note?: string | null;
        };
        SaveAttendanceDto: {
            /**
             * @description Marca de todo el listado; sin ella solo cambian las personas de `marks`
             * @enum {string}
             */
            default?: "present" | "absent";
            /** @description Excepciones a la marca de todo el listado */
            marks: components["schemas"]["AttendanceMarkDto"][];
        };
        RosterCohortDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            courseCode: string;
            courseTitle: string;
            label: string;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "closed";
            passingScore: number;
            minAttendance: number;
            sessionCount: number;
        };
        RosterStatusCountDto: {
            /** @enum {string} */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            count: number;
        };
        RosterAttendanceDto: {
            present: number;
            absent: number;
            excused: number;
            /** @description Porcentaje 0–100 (presentes sobre sesiones, sin las justificadas); null sin sesiones o en modalidad virtual */
            rate: number | null;
        };
        RosterCompletionDto: {
            /** @description Cumple la regla de aprobación */
            met: boolean;
            activitiesMet: boolean;
            scoreMet: boolean;
            attendanceMet: boolean;
            attendanceRequired: boolean;
        };
        RosterRowDto: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            userId: string;
            firstNames: string;
            lastNames: string;
            /** @example Quispe Mamani, Ana */
            fullName: string;
            email: string;
            municipality: string | null;
            /** @enum {string} */
            gender: "female" | "male" | "other" | "undisclosed";
            /** @enum {string} */
            status: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            requiredActivities: number;
            requiredDone: number;
            /** @description Avance: actividades obligatorias hechas (0–100) */
            progressPercent: number;
            /** @description Nota final (la del facilitador o el promedio de los cuestionarios) */
            finalScore: number | null;
            facilitatorGrade: number | null;
            attendance: components["schemas"]["RosterAttendanceDto"];
            completion: components["schemas"]["RosterCompletionDto"];
            /** @description La nota se puede cambiar (inscrito o en curso, cohorte programada) */
            gradable: boolean;
        };
        RosterDto: {
            cohort: components["schemas"]["RosterCohortDto"];
            /** @description Inscripciones por estado (toda la cohorte, sin filtro) */
            statusCounts: components["schemas"]["RosterStatusCountDto"][];
            rows: components["schemas"]["RosterRowDto"][];
        };
        CertificateCourseDto: {
            code: string;
            title: string;
            /** @description Área de gestión */
            area: string | null;
            /** @enum {string} */
            modality: "in_person" | "online" | "blended";
        };
        CertificateCohortDto: {
            /** @example 2026 · V1 · A */
            label: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        CertificateInternshipDto: {
            /** @description Convocatoria */
            call: string;
            /** @description Unidad receptora del GAMLP */
            hostUnit: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        CertificateCompetencyDto: {
            /** @example A08.2.1 */
            code: string;
            name: string;
            /** @description 1 básico, 2 intermedio, 3 avanzado */
            level: number;
        };
        CertificateDto: {
            /** Format: uuid */
            id: string;
            /** @example EGM-2026-000123 */
            serial: string;
            /** @enum {string} */
            kind: "approval" | "participation" | "internship";
            /** @enum {string} */
            status: "valid" | "revoked" | "superseded";
            /**
             * @description Código de verificación (12 símbolos; se muestra como 7KQ2-M9XD-4HTC)
             * @example 7KQ2M9XD4HTC
             */
            verificationCode: string;
            /** Format: uuid */
            holderId: string;
            /** @description Nombre del titular al emitirse */
            holderName: string;
            /** @description Cédula del titular al emitirse (completa) */
            nationalId: string;
            /** Format: uuid */
            enrolmentId: string | null;
            /** Format: uuid */
            cohortId: string | null;
            /** Format: uuid */
            courseId: string | null;
            course: components["schemas"]["CertificateCourseDto"] | null;
            cohort: components["schemas"]["CertificateCohortDto"] | null;
            /** @description La pasantía, en certificados de pasantía */
            internship: components["schemas"]["CertificateInternshipDto"] | null;
            /** @description Carga horaria certificada */
            hours: number;
            finalScore: number | null;
            /** @description Asistencia (%) */
            attendanceRate: number | null;
            competencies: components["schemas"]["CertificateCompetencyDto"][];
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revocationReason: string | null;
            /** Format: date-time */
            supersededAt: string | null;
            /**
             * Format: uuid
             * @description El certificado que lo reemplaza
             */
            supersededById: string | null;
            /** @description Código de verificación del que lo reemplaza */
            replacementCode: string | null;
            /**
             * Format: uuid
             * @description El certificado que este reemplaza
             */
            supersedesId: string | null;
            /** @description Qué corrigió la reemisión */
            correctionNote: string | null;
        };
        RevokeCertificateDto: {
            /** @example Emitido por error: la persona no concluyó el curso */
            reason: string;
        };
        ReissueCertificateDto: {
            /** @example Corrección del apellido del titular */
            note: string;
        };
        CertificateBatchDto: {
            /**
             * Format: uuid
             * @description Tarea en segundo plano: GET /api/jobs/{id}
             */
            jobId: string;
        };
        CertificateIssuerDto: {
            /** @example Escuela de Gestores Municipales */
            name: string;
            /** @example Gobierno Autónomo Municipal de La Paz */
            unit: string;
        };
        CertificateSignatoryDto: {
            name: string;
            position: string;
        };
        PublicCertificateReplacementDto: {
            /** @example EGM-2026-000124 */
            serial: string;
            /** @example 7KQ2M9XD4HTC */
            verificationCode: string;
        };
        PublicCertificateDto: {
            /** @enum {string} */
            status: "valid" | "revoked" | "superseded";
            /** @example EGM-2026-000123 */
            serial: string;
            /** @enum {string} */
            kind: "approval" | "participation" | "internship";
            /** @example 7KQ2M9XD4HTC */
            verificationCode: string;
            holderName: string;
            /**
             * @description Cédula enmascarada: solo los tres últimos dígitos
             * @example ****206-1B LP
             */
            nationalId: string;
            /** @description Municipio del titular al emitirse (solo el nombre) */
            municipality: string | null;
            course: components["schemas"]["CertificateCourseDto"] | null;
            cohort: components["schemas"]["CertificateCohortDto"] | null;
            /** @description La pasantía, en certificados de pasantía */
            internship: components["schemas"]["CertificateInternshipDto"] | null;
            hours: number;
            competencies: components["schemas"]["CertificateCompetencyDto"][];
            issuer: components["schemas"]["CertificateIssuerDto"];
            signatories: components["schemas"]["CertificateSignatoryDto"][];
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revocationReason: string | null;
            /** Format: date-time */
            supersededAt: string | null;
            /** @description El certificado que lo reemplaza */
            replacement: components["schemas"]["PublicCertificateReplacementDto"] | null;
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
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Desde este día (La Paz), inclusive */
                from?: string;
                /** @description Hasta este día (La Paz), inclusive */
                to?: string;
                /** @description Solo lo que hizo esta persona */
                actorId?: string;
                /** @description Persona que actuó: parte del nombre o del correo */
                actor?: string;
                /** @description Acción exacta (`enrolment.approve`) o, terminada en punto, todas las que empiezan así (`enrolment.`) */
                action?: string;
                /** @description Tipo de registro */
                entityType?: string;
                /** @description Id del registro */
                entityId?: string;
                /** @description Id de la solicitud HTTP (cabecera X-Request-Id) */
                requestId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entradas del registro de auditoría, de la más reciente a la más antigua */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
        };
    };
    AuditController_actions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las acciones que aparecen en el registro, en orden alfabético */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    AuditController_entityTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Los tipos de registro que aparecen en el registro, en orden alfabético */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    AuditController_csv: {
        parameters: {
            query?: {
                /** @description Desde este día (La Paz), inclusive */
                from?: string;
                /** @description Hasta este día (La Paz), inclusive */
                to?: string;
                /** @description Solo lo que hizo esta persona */
                actorId?: string;
                /** @description Persona que actuó: parte del nombre o del correo */
                actor?: string;
                /** @description Acción exacta (`enrolment.approve`) o, terminada en punto, todas las que empiezan así (`enrolment.`) */
                action?: string;
                /** @description Tipo de registro */
                entityType?: string;
                /** @description Id del registro */
                entityId?: string;
                /** @description Id de la solicitud HTTP (cabecera X-Request-Id) */
                requestId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 con BOM, `;`) con los mismos filtros: Fecha y hora (La Paz);Persona;Correo;Acción;Tipo de registro;Id del registro;Antes;Después;Dirección IP;Id de solicitud;Id de la entrada. La descarga queda registrada (`audit.export`). */
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
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Solo las no leídas */
                unread?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las propias, las más recientes primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
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
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
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
                    "application/json": components["schemas"]["ReadAllResultDto"];
                };
            };
        };
    };
    NotificationsController_read: {
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
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
        };
    };
    NotificationsController_outbox: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "failed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Correos salientes; sin SMTP_URL quedan pendientes aquí (buzón local) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxPageDto"];
                };
            };
        };
    };
    JobsController_get: {
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
            /** @description Quien la inició, coordinadores y administradores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
        };
    };
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
    CompetenciesController_list: {
        parameters: {
            query?: {
                /** @description Incluir los elementos retirados */
                includeRetired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En orden de árbol: cada área, sus sub-áreas y las competencias de cada una */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyItemDto"][];
                };
            };
        };
    };
    CompetenciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetencyItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyItemDto"];
                };
            };
        };
    };
    CompetenciesController_exportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 con BOM, `;`), retirados incluidos: tipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el — tipo: area, subarea o competencia; retirado_el: AAAA-MM-DD */
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
    CompetenciesController_exportCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paquete 1EdTech CASE 1.0: CFDocument, CFItems, CFAssociations (isChildOf), CFDefinitions y la escala de dominio como CFRubric */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    CompetenciesController_resolveCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El objeto CASE (CFDocument, CFItem, CFAssociation, CFItemType o CFRubric) con ese identificador */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    CompetenciesController_import: {
        parameters: {
            query: {
                /** @description csv: columnas tipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el — case: paquete 1EdTech CASE 1.0 (JSON) */
                format: "csv" | "case";
                /** @description Solo validar: no guarda nada */
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
                    "application/json": components["schemas"]["CompetencyImportResultDto"];
                };
            };
        };
    };
    CompetenciesController_get: {
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
                    "application/json": components["schemas"]["CompetencyItemDto"];
                };
            };
        };
    };
    CompetenciesController_update: {
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
                "application/json": components["schemas"]["UpdateCompetencyItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyItemDto"];
                };
            };
        };
    };
    CompetenciesController_retire: {
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
            /** @description Retira el elemento y sus descendientes activos */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyItemDto"];
                };
            };
        };
    };
    CompetenciesController_restore: {
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
            /** @description Restaura el elemento y los descendientes retirados junto con él */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyItemDto"];
                };
            };
        };
    };
    CoursesController_list: {
        parameters: {
            query?: {
                search?: string;
                status?: "draft" | "published" | "archived";
                areaId?: string;
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
                    "application/json": components["schemas"]["CoursePageDto"];
                };
            };
        };
    };
    CoursesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
        };
    };
    CoursesController_get: {
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
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
        };
    };
    CoursesController_update: {
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
                "application/json": components["schemas"]["UpdateCourseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
        };
    };
    CoursesController_publish: {
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
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
        };
    };
    CoursesController_archive: {
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
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
        };
    };
    CourseContentController_content: {
        parameters: {
            query?: {
                /** @description Por omisión, la última versión */
                versionId?: string;
            };
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
                    "application/json": components["schemas"]["CourseContentDto"];
                };
            };
        };
    };
    CourseContentController_createVersion: {
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
            /** @description La nueva versión, copia de la anterior */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseContentDto"];
                };
            };
        };
    };
    CourseContentController_createModule: {
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
                "application/json": components["schemas"]["CreateModuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseModuleDto"];
                };
            };
        };
    };
    CourseContentController_reorderModules: {
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
                "application/json": components["schemas"]["ModuleOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseContentDto"];
                };
            };
        };
    };
    CourseContentController_deleteModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                moduleId: string;
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
    CourseContentController_updateModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                moduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateModuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseModuleDto"];
                };
            };
        };
    };
    CourseContentController_createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                moduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseActivityDto"];
                };
            };
        };
    };
    CourseContentController_reorderActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                moduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseModuleDto"];
                };
            };
        };
    };
    CourseContentController_deleteActivity: {
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
    CourseContentController_updateActivity: {
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
                "application/json": components["schemas"]["UpdateActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseActivityDto"];
                };
            };
        };
    };
    CourseContentController_replaceQuestions: {
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
                "application/json": components["schemas"]["QuizQuestionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseActivityDto"];
                };
            };
        };
    };
    CourseContentController_downloadFile: {
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
            /** @description El archivo, como adjunto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    CourseContentController_uploadFile: {
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
                    "application/json": components["schemas"]["CourseActivityDto"];
                };
            };
        };
    };
    CohortsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinadores y administradores: todas; facilitadores: las suyas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortSummaryDto"][];
                };
            };
        };
    };
    CohortsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCohortDto"];
                };
            };
        };
    };
    CohortsController_get: {
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
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
        };
    };
    CohortsController_update: {
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
                "application/json": components["schemas"]["UpdateCohortDto"];
            };
        };
        responses: {
            /** @description `warnings`: cruces de horario que crea el cambio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCohortDto"];
                };
            };
        };
    };
    CohortsController_cancel: {
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
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
        };
    };
    CohortsController_close: {
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
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
        };
    };
    CohortsController_addSession: {
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
                "application/json": components["schemas"]["CreateCohortSessionDto"];
            };
        };
        responses: {
            /** @description `warnings`: cruces de horario (no impiden guardar) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCohortSessionDto"];
                };
            };
        };
    };
    CohortsController_addSeries: {
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
                "application/json": components["schemas"]["CreateCohortSessionSeriesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortSessionSeriesResultDto"];
                };
            };
        };
    };
    CohortsController_deleteSession: {
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
    CohortsController_updateSession: {
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
                "application/json": components["schemas"]["UpdateCohortSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedCohortSessionDto"];
                };
            };
        };
    };
    CalendarController_sessions: {
        parameters: {
            query: {
                /** @description Primer día (La Paz) */
                from: string;
                /** @description Último día (La Paz, inclusive); como máximo 62 días */
                to: string;
                /** @description Solo las cohortes que facilito (para coordinadores que también facilitan) */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinadores y administradores: todas (o `mine=true`: las suyas); facilitadores: las suyas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSessionDto"][];
                };
            };
        };
    };
    CalendarController_sessionsIcs: {
        parameters: {
            query: {
                /** @description Primer día (La Paz) */
                from: string;
                /** @description Último día (La Paz, inclusive); como máximo 62 días */
                to: string;
                /** @description Solo las cohortes que facilito (para coordinadores que también facilitan) */
                mine?: boolean;
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
                    "text/calendar": string;
                };
            };
        };
    };
    CalendarController_publicFeed: {
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
                    "text/calendar": string;
                };
            };
        };
    };
    CatalogueController_search: {
        parameters: {
            query?: {
                /** @description Texto a buscar (en español; sin importar tildes ni plurales) */
                q?: string;
                /** @description Área de gestión */
                areaId?: string;
                /** @description Sub-área */
                subAreaId?: string;
                modality?: "in_person" | "online" | "blended";
                /** @description Cohortes que terminan este día o después */
                from?: string;
                /** @description Cohortes que empiezan este día o antes */
                to?: string;
                /** @description Meta ODS (11.3) u objetivo completo (11) */
                sdg?: string;
                /** @description true: solo cursos con inscripciones abiertas hoy; false: también los próximos */
                open?: boolean;
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
                    "application/json": components["schemas"]["CataloguePageDto"];
                };
            };
        };
    };
    CatalogueController_get: {
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
                    "application/json": components["schemas"]["CatalogueCourseDetailDto"];
                };
            };
        };
    };
    LearningController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Todas las inscripciones de la persona, en cualquier estado */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningEnrolmentDto"][];
                };
            };
        };
    };
    LearningController_outline: {
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
            /** @description Módulos y actividades de la versión de contenido de la cohorte, con el avance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningOutlineDto"];
                };
            };
        };
    };
    LearningController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contenido de la actividad; los cuestionarios sin respuestas correctas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityContentDto"];
                };
            };
        };
    };
    LearningController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El archivo de la actividad, como adjunto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    LearningController_saveProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveProgressDto"];
            };
        };
        responses: {
            /** @description Idempotente: repetir o reordenar envíos no duplica ni pierde nada */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedProgressDto"];
                };
            };
        };
    };
    LearningController_submitAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAttemptDto"];
            };
        };
        responses: {
            /** @description Idempotente por attemptId: un reenvío devuelve el mismo resultado sin gastar otro intento */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResultDto"];
                };
            };
        };
    };
    CompetencyProfileController_mine: {
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
                    "application/json": components["schemas"]["CompetencyProfileDto"];
                };
            };
        };
    };
    CompetencyProfileController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enlaces municipales: solo personas de su municipio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyProfileDto"];
                };
            };
        };
    };
    CompetencyProfileController_recognise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetencyRecordDto"];
            };
        };
        responses: {
            /** @description Reconocimiento manual, con nota obligatoria */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyRecordDto"];
                };
            };
        };
    };
    CallsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinación y Gerencia: todas, con el número de postulaciones; los demás: publicadas y cerradas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipCallDto"][];
                };
            };
        };
    };
    CallsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInternshipCallDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipCallDto"];
                };
            };
        };
    };
    CallsController_tutors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Personas activas con el rol de tutor/a */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TutorOptionDto"][];
                };
            };
        };
    };
    CallsController_get: {
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
                    "application/json": components["schemas"]["InternshipCallDto"];
                };
            };
        };
    };
    CallsController_update: {
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
                "application/json": components["schemas"]["UpdateInternshipCallDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipCallDto"];
                };
            };
        };
    };
    CallsController_publish: {
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
                    "application/json": components["schemas"]["InternshipCallDto"];
                };
            };
        };
    };
    CallsController_close: {
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
                    "application/json": components["schemas"]["InternshipCallDto"];
                };
            };
        };
    };
    ApplicationsController_list: {
        parameters: {
            query?: {
                callId?: string;
                municipalityId?: string;
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Unidad elegida en cualquier preferencia */
                hostUnitId?: string;
                endorsement?: "pending" | "endorsed" | "letter" | "declined";
                status?: "submitted" | "placed" | "not_placed" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinación: todas; enlace municipal: las de su municipio; participante: las suyas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"][];
                };
            };
        };
    };
    ApplicationsController_apply: {
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
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_get: {
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
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_update: {
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
                "application/json": components["schemas"]["UpdateApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
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
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_downloadLetter: {
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
            /** @description La carta de aval firmada (PDF), como adjunto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ApplicationsController_uploadLetter: {
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
                "multipart/form-data": {
                    /** Format: binary */
                    letter: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_endorse: {
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
            /** @description Avalar (solo postulaciones de su municipio) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    ApplicationsController_decline: {
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
                "application/json": components["schemas"]["DeclineEndorsementDto"];
            };
        };
        responses: {
            /** @description No avalar, con el motivo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternshipApplicationDto"];
                };
            };
        };
    };
    LogbookController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Las pasantías del propio pasante (confirmadas en adelante) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementExecutionSummaryDto"][];
                };
            };
        };
    };
    LogbookController_interns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tutores: sus pasantes; coordinación: todas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementExecutionSummaryDto"][];
                };
            };
        };
    };
    LogbookController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
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
                    "application/json": components["schemas"]["PlacementExecutionDto"];
                };
            };
        };
    };
    LogbookController_saveWorkPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveWorkPlanDto"];
            };
        };
        responses: {
            /** @description Con `agreed`, la pasantía confirmada pasa a en curso */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementExecutionDto"];
                };
            };
        };
    };
    LogbookController_addEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogbookEntryInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogbookEntryDto"];
                };
            };
        };
    };
    LogbookController_updateEntry: {
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
                "application/json": components["schemas"]["LogbookEntryInputDto"];
            };
        };
        responses: {
            /** @description Una entrada devuelta vuelve a presentarse */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogbookEntryDto"];
                };
            };
        };
    };
    LogbookController_validate: {
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
                    "application/json": components["schemas"]["LogbookEntryDto"];
                };
            };
        };
    };
    LogbookController_returnEntry: {
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
                "application/json": components["schemas"]["ReturnLogbookEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogbookEntryDto"];
                };
            };
        };
    };
    LogbookController_submitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementExecutionDto"];
                };
            };
        };
    };
    LogbookController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluatePlacementDto"];
            };
        };
        responses: {
            /** @description Aprobar: certificado de pasantía y registros de competencias */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementExecutionDto"];
                };
            };
        };
    };
    PlacementsController_selection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unidades receptoras con sus plazas libres y todas las postulaciones con sus preferencias, aval, prioridad y asignación */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionDto"];
                };
            };
        };
    };
    PlacementsController_setPriority: {
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
                "application/json": components["schemas"]["SetPriorityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionApplicationDto"];
                };
            };
        };
    };
    PlacementsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Propuesta de asignación (no guarda nada): por prioridad y llegada, cada persona obtiene su unidad preferida con plaza */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
        };
    };
    PlacementsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPlacementsDto"];
            };
        };
        responses: {
            /** @description Confirma la asignación: crea las pasantías, marca las demás postulaciones como no asignadas y avisa a cada persona. 409 si una unidad se pasaría de sus plazas. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmResultDto"];
                };
            };
        };
    };
    FollowUpsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pasantías con propuesta de mejora que la persona puede seguir: la suya o las de su municipio (enlace municipal) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPlacementDto"][];
                };
            };
        };
    };
    FollowUpsController_board: {
        parameters: {
            query?: {
                municipalityId?: string;
                hostUnitId?: string;
                /** @description Estado del último seguimiento; `none`: sin seguimiento */
                status?: "not_started" | "in_progress" | "implemented" | "none";
            };
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tablero de seguimiento de la convocatoria: cada pasantía con su último seguimiento */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPlacementDto"][];
                };
            };
        };
    };
    FollowUpsController_detail: {
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
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
        };
    };
    FollowUpsController_record: {
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
                "application/json": components["schemas"]["CreateFollowUpDto"];
            };
        };
        responses: {
            /** @description Registra el estado de la propuesta de mejora (el más reciente vale); 404 fuera de su alcance */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
        };
    };
    InternshipReportsController_report: {
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
                    "application/json": components["schemas"]["InternshipReportDto"];
                };
            };
        };
    };
    InternshipReportsController_csv: {
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
            /** @description CSV (UTF-8 con BOM, `;`): Desglose;Grupo;Postulaciones;Asignaciones;Pasantías aprobadas;Propuestas de mejora;Propuestas implementadas. La descarga queda registrada. */
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
    InternshipReportsController_xlsx: {
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
            /** @description Libro Excel: «Resumen», una hoja por desglose y «Propuestas». La descarga queda registrada. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ReportsController_dashboard: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "application/json": components["schemas"]["DashboardReportDto"];
                };
            };
            /** @description Sin permiso, enlace sin municipio, o un municipio ajeno al del enlace */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_options: {
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
                    "application/json": components["schemas"]["ReportOptionsDto"];
                };
            };
        };
    };
    ReportExportsController_dashboardCsv: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "text/csv": string;
                };
            };
            /** @description Sin permiso o municipio ajeno */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportExportsController_dashboardXlsx: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ReportExportsController_dashboardPdf: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "application/pdf": string;
                };
            };
        };
    };
    ReportExportsController_enrolmentsCsv: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "text/csv": string;
                };
            };
        };
    };
    ReportExportsController_enrolmentsXlsx: {
        parameters: {
            query: {
                /** @description Primer día del periodo (La Paz), inclusive */
                from: string;
                /** @description Último día del periodo (La Paz), inclusive */
                to: string;
                /** @description Departamento del municipio de la persona */
                department?: "LP" | "CB" | "SC" | "OR" | "PT" | "CH" | "TJ" | "BE" | "PD";
                /** @description Municipio de la persona */
                municipalityId?: string;
                /** @description Área de gestión (competencias) del curso */
                areaId?: string;
                /** @description Modalidad en que se dictó la cohorte */
                modality?: "in_person" | "online" | "blended";
                /** @description Curso */
                courseId?: string;
                /** @description Género de la persona */
                gender?: "female" | "male" | "other" | "undisclosed";
                /** @description Meta ODS que atiende el curso */
                sdgTarget?: string;
                /** @description Para publicar: oculta (<5) las celdas de menos de 5 personas en el desglose por género */
                suppress?: boolean;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Más de 5000 filas: use POST /api/reports/exports */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportExportsController_requestExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportExportRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportExportResponseDto"];
                };
            };
        };
    };
    ReportExportsController_exportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
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
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description No existe o la pidió otra persona */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Aún se está generando, o falló */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EnrolmentsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ya tenía una inscripción en la cohorte: la misma, sin cambios */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Solicitud nueva (o de nuevo, tras retirarse) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
        };
    };
    EnrolmentsController_list: {
        parameters: {
            query?: {
                /** @description Uno o varios estados (repetido o separados por comas) */
                status?: ("requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn")[];
                cohortId?: string;
                courseId?: string;
                municipalityId?: string;
                /** @description Nombre, correo o número de cédula */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinación: todas; enlace municipal: las de su municipio; facilitación: las de sus cohortes; participante: las suyas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPageDto"];
                };
            };
        };
    };
    EnrolmentsController_mine: {
        parameters: {
            query?: {
                /** @description Solo las de las cohortes de un curso */
                courseId?: string;
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
                    "application/json": components["schemas"]["EnrolmentDto"][];
                };
            };
        };
    };
    EnrolmentsController_endorse: {
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
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
        };
    };
    EnrolmentsController_approve: {
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
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
        };
    };
    EnrolmentsController_reject: {
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
                "application/json": components["schemas"]["EnrolmentReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
        };
    };
    EnrolmentsController_withdraw: {
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
                "application/json": components["schemas"]["WithdrawEnrolmentDto"];
            };
        };
        responses: {
            /** @description Si liberó una plaza, la primera persona de la lista de espera pasa a inscrita */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
        };
    };
    EnrolmentsController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkEnrolDto"];
            };
        };
        responses: {
            /** @description Todo o nada: 422 con un error por persona si alguna no se puede inscribir */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrolResultDto"];
                };
            };
        };
    };
    EnrolmentsController_import: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path: {
                cohortId: string;
            };
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
            /** @description CSV con columna `correo` o `ci`; todo o nada: 422 con `{line, field, message}` por problema */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrolResultDto"];
                };
            };
        };
    };
    TeachingController_cohorts: {
        parameters: {
            query?: {
                /** @description Solo las cohortes que el/la usuario/a facilita (coordinación y administración ven todas por omisión) */
                onlyMine?: boolean;
                /** @description Incluir cohortes terminadas hace más de 90 días */
                includePast?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Facilitadores: las cohortes que facilitan; coordinación y administración: las actuales y recientes (o solo las suyas con `onlyMine`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeachingCohortDto"][];
                };
            };
        };
    };
    TeachingController_grade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveGradeDto"];
            };
        };
        responses: {
            /** @description La nota del facilitador pasa a ser la nota final; se aplica la regla de aprobación */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradeResultDto"];
                };
            };
        };
    };
    AttendanceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cada persona que ocupa plaza en la cohorte, con su marca de la sesión */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetDto"];
                };
            };
        };
    };
    AttendanceController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAttendanceDto"];
            };
        };
        responses: {
            /** @description Todo el listado recibe `default` salvo las personas de `marks`; solo se escribe lo que cambia. Una sesión que empieza en más de un día admite solo ausencias justificadas (sin `default`). Se aplica la regla de aprobación a quienes cambian. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetDto"];
                };
            };
        };
    };
    RosterController_get: {
        parameters: {
            query?: {
                /** @description Solo las inscripciones en este estado */
                status?: "requested" | "endorsed" | "enrolled" | "waitlisted" | "rejected" | "in_progress" | "passed" | "failed" | "withdrawn";
            };
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cada inscripción de la cohorte con avance, nota, asistencia y la regla de aprobación */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterDto"];
                };
            };
        };
    };
    RosterController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 con BOM, `;`, decimales con coma), una fila por inscripción: Apellidos;Nombres;Correo;Municipio;Género;Estado;…;Cumple requisitos */
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
    RosterController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Libro Excel: hojas «Participantes» y «Asistencia» (persona × sesión) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    CredentialsController_credential: {
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
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    CredentialsController_issuer: {
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
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    CredentialsController_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
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
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    CredentialsController_revocationList: {
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
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    CertificatesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Los certificados de quien consulta, el más reciente primero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
        };
    };
    CertificatesController_get: {
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
            /** @description Su titular, coordinadores y administradores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
        };
    };
    CertificatesController_revoke: {
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
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
        };
    };
    CertificatesController_reissue: {
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
                "application/json": components["schemas"]["ReissueCertificateDto"];
            };
        };
        responses: {
            /** @description El certificado nuevo; el anterior queda reemplazado y apunta a este */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
        };
    };
    CertificatesController_forCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coordinadores y administradores; facilitadores de la cohorte (solo lectura) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
        };
    };
    CertificatesController_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emite en segundo plano los certificados que la cohorte ganó; progreso en GET /api/jobs/{jobId} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateBatchDto"];
                };
            };
        };
    };
    PublicCertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["PublicCertificateDto"];
                };
            };
            /** @description Código mal escrito o inexistente (la misma respuesta para ambos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CertificateFilesController_pdf: {
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
            /** @description El certificado en PDF (A4 apaisado, fuentes incrustadas, QR a la página pública de verificación): su titular, coordinación y administración */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    CertificateFilesController_zip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ZIP con un PDF por certificado vigente (no reemplazado) de la cohorte: «<serie> <titular>.pdf» */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
}
