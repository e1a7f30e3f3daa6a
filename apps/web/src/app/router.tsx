import { lazy } from 'react';
import type { ComponentType } from 'react';
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
const CompetenciesPage = featurePage(() => import('../pages/CompetenciesPage'), 'CompetenciesPage');
const NotFoundPage = page(() => import('../pages/NotFoundPage'), 'NotFoundPage');

/** Admins edit a person's record; the other roles of the users section only read it. */
const UserPage = () => (useHasRole('admin') ? <UserEditPage /> : <UserDetailsPage />);

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/ingresar', element: <LoginPage /> },
      // The one-time link an admin hands out: works with or without a session.
      { path: '/activar/:token', element: <ActivationPage /> },
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
      {
        path: 'catalogo',
        element: (
          <RequireSection section="catalogue">
            <CataloguePage />
          </RequireSection>
        ),
      },
      {
        path: 'catalogo/:courseId',
        element: (
          <RequireSection section="catalogue">
            <CatalogueCoursePage />
          </RequireSection>
        ),
      },
      {
        path: 'cursos',
        element: (
          <RequireSection section="courses">
            <CoursesPage />
          </RequireSection>
        ),
      },
      {
        path: 'cursos/nuevo',
        element: (
          <RequireRoles roles={['admin', 'coordinator']}>
            <CourseCreatePage />
          </RequireRoles>
        ),
      },
      {
        path: 'cursos/:courseId',
        element: (
          <RequireSection section="courses">
            <CoursePage />
          </RequireSection>
        ),
      },
      {
        path: 'cursos/:courseId/contenido',
        element: (
          <RequireSection section="courses">
            <CourseContentPage />
          </RequireSection>
        ),
      },
      {
        path: 'cursos/:courseId/cohortes/nueva',
        element: (
          <RequireRoles roles={['admin', 'coordinator']}>
            <CohortCreatePage />
          </RequireRoles>
        ),
      },
      {
        path: 'cohortes/:cohortId',
        element: (
          <RequireSection section="calendar">
            <CohortPage />
          </RequireSection>
        ),
      },
      {
        path: 'calendario',
        element: (
          <RequireSection section="calendar">
            <CalendarPage />
          </RequireSection>
        ),
      },
      {
        path: 'competencias',
        element: (
          <RequireSection section="competencies">
            <CompetenciesPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/usuarios',
        element: (
          <RequireSection section="users">
            <UsersPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/usuarios/nuevo',
        element: (
          <RequireRoles roles={['admin']}>
            <UserCreatePage />
          </RequireRoles>
        ),
      },
      {
        path: 'admin/usuarios/:id',
        element: (
          <RequireSection section="users">
            <UserPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/importar',
        element: (
          <RequireSection section="import">
            <ImportPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/municipios',
        element: (
          <RequireSection section="municipalities">
            <MunicipalitiesPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/municipios/nuevo',
        element: (
          <RequireRoles roles={['admin']}>
            <MunicipalityCreatePage />
          </RequireRoles>
        ),
      },
      {
        path: 'admin/municipios/:id',
        element: (
          <RequireSection section="municipalities">
            <MunicipalityPage />
          </RequireSection>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
