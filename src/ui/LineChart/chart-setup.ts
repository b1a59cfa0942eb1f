// chart.js with only the parts line charts need registered (and decimation, which thins
// long series to what the canvas can show); imported lazily by LineChart so that chart.js
// stays out of the first paint.
import {
  Chart,
  Decimation,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Decimation);

export { Chart };
