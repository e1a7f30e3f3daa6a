/**
 * Chart.js with only the pieces the reports use (bar and line charts, category and linear axes,
 * tooltip and legend), so the bundle keeps the rest out. Imported on demand by `Chart.tsx`: the
 * page shows its figures and tables first, the charts when this chunk arrives.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export { Chart };
