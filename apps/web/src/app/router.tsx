import { lazy } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { NavSectionKey, Role } from '@campus/domain';
import { createBrowserRouter } from 'react-router';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { loadFeatureTexts } from '../i18n';
import { AppLayout, PublicLayout } from './Layout';
import { RequireAuth, RequireRoles, RequireSection } from './guards';

/** Each page is its own chunk, loaded on first visit: the initial download stays small. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** A page that also needs the feature texts (catalogue, courses, cohorts, framework), fetched alongside. */
const featurePage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadFeatureTexts()]);
    return { default: module[name] };
  });

const LoginPage = page(() => import('../pages/LoginPage'), 'LoginPage');
const ActivationPage = page(() => import('../pages/ActivationPage'), 'ActivationPage');
const HomePage = page(() => import('../pages/HomePage'), 'HomePage');
const ProfilePage = page(() => import('../pages/ProfilePage'), 'ProfilePage');
const UsersPage = page(() => import('../pages/UsersPage'), 'UsersPage');
const UserCreatePage = page(() => import('../pages/UserCreatePage'), 'UserCreatePage');
const UserEditPage = page(() => import('../pages/UserEditPage'), 'UserEditPage');
const UserDetailsPage = page(() => import('../pages/UserDetailsPage'), 'UserDetailsPage');
const ImportPage = page(() => import('../pages/ImportPage'), 'ImportPage');
const MunicipalitiesPage = page(() => import('../pages/MunicipalitiesPage'), 'MunicipalitiesPage');
const MunicipalityCreatePage = page(() => import('../pages/MunicipalityCreatePage'), 'MunicipalityCreatePage');
const MunicipalityPage = page(() => import('../pages/MunicipalityPage'), 'MunicipalityPage');
const CataloguePage = featurePage(() => import('../pages/CataloguePage'), 'CataloguePage');
const CatalogueCoursePage = featurePage(() => import('../pages/CatalogueCoursePage'), 'CatalogueCoursePage');
const CoursesPage = featurePage(() => import('../pages/CoursesPage'), 'CoursesPage');
const CourseCreatePage = featurePage(() => import('../pages/CourseCreatePage'), 'CourseCreatePage');
const CoursePage = featurePage(() => import('../pages/CoursePage'), 'CoursePage');
const CourseContentPage = featurePage(() => import('../pages/CourseContentPage'), 'CourseContentPage');
const CohortCreatePage = featurePage(() => import('../pages/CohortCreatePage'), 'CohortCreatePage');
const CohortPage = featurePage(() => import('../pages/CohortPage'), 'CohortPage');
const CalendarPage = featurePage(() => import('../pages/CalendarPage'), 'CalendarPage');
const TeachingPage = featurePage(() => import('../pages/TeachingPage'), 'TeachingPage');
const RosterPage = featurePage(() => import('../pages/RosterPage'), 'RosterPage');
const AttendancePage = featurePage(() => import('../pages/AttendancePage'), 'AttendancePage');
const CompetenciesPage = featurePage(() => import('../pages/CompetenciesPage'), 'CompetenciesPage');
const LearningPage = featurePage(() => import('../pages/LearningPage'), 'LearningPage');
const CoursePlayerPage = featurePage(() => import('../pages/CoursePlayerPage'), 'CoursePlayerPage');
const MyCompetenciesPage = featurePage(() => import('../pages/MyCompetenciesPage'), 'MyCompetenciesPage');
const EnrolmentsPage = featurePage(() => import('../pages/EnrolmentsPage'), 'EnrolmentsPage');
const NotificationsPage = featurePage(() => import('../pages/NotificationsPage'), 'NotificationsPage');
const OutboxPage = featurePage(() => import('../pages/OutboxPage'), 'OutboxPage');
const AuditPage = featurePage(() => import('../pages/AuditPage'), 'AuditPage');
const MyCertificatesPage = featurePage(() => import('../pages/MyCertificatesPage'), 'MyCertificatesPage');
const VerifyCertificatePage = featurePage(() => import('../pages/VerifyCertificatePage'), 'VerifyCertificatePage');
const InternshipsPage = featurePage(() => import('../pages/InternshipsPage'), 'InternshipsPage');
const ReportsPage = featurePage(() => import('../pages/ReportsPage'), 'ReportsPage');
const MyInternshipPage = featurePage(() => import('../pages/MyInternshipPage'), 'MyInternshipPage');
const MyInternsPage = featurePage(() => import('../pages/MyInternsPage'), 'MyInternsPage');
const InternshipSelectionPage = featurePage(() => import('../pages/InternshipSelectionPage'), 'InternshipSelectionPage');
const FollowUpBoardPage = featurePage(() => import('../pages/FollowUpBoardPage'), 'FollowUpBoardPage');
const MyFollowUpsPage = featurePage(() => import('../pages/MyFollowUpsPage'), 'MyFollowUpsPage');
const InternshipReportPage = featurePage(() => import('../pages/InternshipReportPage'), 'InternshipReportPage');
const NotFoundPage = page(() => import('../pages/NotFoundPage'), 'NotFoundPage');

/** Admins edit a person's record; the other roles of the users section only read it. */
const UserPage = () => (useHasRole('admin') ? <UserEditPage /> : <UserDetailsPage />);

/** A route of a navigation section: only the roles that see the section open it. */
const inSection = (path: string, section: NavSectionKey, element: ReactNode) => ({
  path,
  element: <RequireSection section={section}>{element}</RequireSection>,
});

/** A route only some roles open (e.g. the create pages, for those who edit). */
const forRoles = (path: string, roles: readonly Role[], element: ReactNode) => ({
  path,
  element: <RequireRoles roles={roles}>{element}</RequireRoles>,
});

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/ingresar', element: <LoginPage /> },
      // The one-time link an admin hands out: works with or without a session.
      { path: '/activar/:token', element: <ActivationPage /> },
      // Public verification of certificates (the QR code's address): no login.
      { path: '/verificar', element: <VerifyCertificatePage /> },
      { path: '/verificar/:code', element: <VerifyCertificatePage /> },
    ],
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'perfil', element: <ProfilePage /> },
      inSection('catalogo', 'catalogue', <CataloguePage />),
      inSection('catalogo/:courseId', 'catalogue', <CatalogueCoursePage />),
      inSection('cursos', 'courses', <CoursesPage />),
      forRoles('cursos/nuevo', ['admin', 'coordinator'], <CourseCreatePage />),
      inSection('cursos/:courseId', 'courses', <CoursePage />),
      inSection('cursos/:courseId/contenido', 'courses', <CourseContentPage />),
      forRoles('cursos/:courseId/cohortes/nueva', ['admin', 'coordinator'], <CohortCreatePage />),
      inSection('cohortes/:cohortId', 'calendar', <CohortPage />),
      inSection('cohortes/:cohortId/participantes', 'calendar', <RosterPage />),
      inSection('cohortes/:cohortId/asistencia', 'calendar', <AttendancePage />),
      inSection('mis-cohortes', 'teaching', <TeachingPage />),
      inSection('calendario', 'calendar', <CalendarPage />),
      inSection('competencias', 'competencies', <CompetenciesPage />),
      inSection('aprendizaje', 'learning', <LearningPage />),
      inSection('aprendizaje/:enrolmentId', 'learning', <CoursePlayerPage />),
      inSection('pasantias', 'internships', <InternshipsPage />),
      forRoles('pasantias/mi-pasantia', ['participant'], <MyInternshipPage />),
      forRoles('pasantias/mis-pasantes', ['tutor', 'coordinator', 'admin'], <MyInternsPage />),
      forRoles('pasantias/convocatorias/:callId/seleccion', ['coordinator', 'admin'], <InternshipSelectionPage />),
      forRoles('pasantias/convocatorias/:callId/seguimiento', ['coordinator', 'admin', 'manager'], <FollowUpBoardPage />),
      forRoles('pasantias/convocatorias/:callId/informe', ['coordinator', 'admin', 'manager'], <InternshipReportPage />),
      forRoles('pasantias/seguimiento', ['participant', 'municipal_liaison'], <MyFollowUpsPage />),
      inSection('informes', 'reports', <ReportsPage />),
      inSection('mis-competencias', 'myCompetencies', <MyCompetenciesPage />),
      inSection('mis-certificados', 'certificates', <MyCertificatesPage />),
      inSection('admin/usuarios', 'users', <UsersPage />),
      forRoles('admin/usuarios/nuevo', ['admin'], <UserCreatePage />),
      inSection('admin/usuarios/:id', 'users', <UserPage />),
      inSection('admin/importar', 'import', <ImportPage />),
      inSection('admin/municipios', 'municipalities', <MunicipalitiesPage />),
      forRoles('admin/municipios/nuevo', ['admin'], <MunicipalityCreatePage />),
      inSection('admin/municipios/:id', 'municipalities', <MunicipalityPage />),
      inSection('admin/auditoria', 'audit', <AuditPage />),
      inSection('inscripciones', 'enrolments', <EnrolmentsPage />),
      { path: 'notificaciones', element: <NotificationsPage /> },
      forRoles('admin/correos', ['admin'], <OutboxPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
