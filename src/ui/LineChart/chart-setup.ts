// chart.js with only the parts line charts need registered; imported lazily by
// LineChart so that chart.js stays out of the first paint.
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export { Chart };
